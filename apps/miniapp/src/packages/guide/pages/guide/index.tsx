import { chinaDateOfInstant, formatChinaDay } from '@govopen/domain';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../../services/api';
import { usePageData } from '../../../../services/use-page-data';
import { useCareMode } from '../../../../services/care-mode';
import './index.scss';

const APPLY_URL = '/packages/disclosure/pages/apply/index';

/** 政府信息公开指南 (条例 Art. 12): how to find information, how to apply, the time limits, fees and remedies. */
export default function DisclosureGuidePage() {
  const [care] = useCareMode();
  const { data: guide, error, reload: load } = usePageData(api.disclosureGuide);

  return (
    <View className={`page disclosure-guide ${care ? 'care' : ''}`}>
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      )}
      {!error && !guide && (
        <View className="card">
          <Text className="hint">正在加载…</Text>
        </View>
      )}
      {guide && (
        <>
          <View className="card">
            <View className="guide-heading" role="heading" aria-level={1}>
              {guide.agencyName}政府信息公开指南
            </View>
            <Text className="hint" data-testid="guide-updated">{formatChinaDay(chinaDateOfInstant(guide.updatedAt))} 更新</Text>
          </View>
          {guide.sections.map((section) => (
            <View key={section.key} className="card" data-testid="guide-section">
              <View className="guide-section-title" role="heading" aria-level={2}>
                {section.title}
              </View>
              {section.paragraphs.map((paragraph, index) => (
                <Text key={index} className="guide-paragraph">
                  {paragraph}
                </Text>
              ))}
              {section.key === 'application' && (
                <Button className="primary-button" onClick={() => Taro.navigateTo({ url: APPLY_URL })}>
                  在线申请政府信息公开
                </Button>
              )}
            </View>
          ))}
        </>
      )}
    </View>
  );
}
