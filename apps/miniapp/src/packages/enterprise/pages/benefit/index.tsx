import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PolicyBenefitView } from '@govopen/contracts';
import { formatChinaDate, chinaDateOfInstant } from '@govopen/domain';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { ensureSignedIn } from '../../../../services/session';
import '../../shared.scss';

/** One 惠企政策 item (申兑指南); opened from a push (?pushId=) it tells the API the push was opened. */
export default function PolicyBenefitPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [care] = useCareMode();
  const [item, setItem] = useState<PolicyBenefitView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    api.policyBenefits.get(id).then(setItem, (caught) => setError(errorMessage(caught)));
  };
  useEffect(() => {
    load();
    if (params.pushId) {
      // Counted once per resident by the API; a failure here must not disturb reading.
      ensureSignedIn()
        .then(() => api.policyPushes.opened(Number(params.pushId)))
        .catch(() => undefined);
    }
  }, [id]);

  const call = () => {
    if (item) Taro.makePhoneCall({ phoneNumber: item.consultPhone }).catch(() => undefined);
  };

  if (error) {
    return (
      <View className={`page enterprise ${care ? 'care' : ''}`}>
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      </View>
    );
  }
  if (!item) {
    return (
      <View className={`page enterprise ${care ? 'care' : ''}`}>
        <View className="card loading">正在加载…</View>
      </View>
    );
  }
  return (
    <View className={`page enterprise ${care ? 'care' : ''}`} data-testid="benefit-detail">
      <View className="card">
        <Text className="card-title">{item.title}</Text>
        <View>
          {item.topics.map((name) => (
            <Text key={name} className="topic-tag">
              {name}
            </Text>
          ))}
        </View>
        {item.publishedAt && <Text className="hint section">发布于 {formatChinaDate(chinaDateOfInstant(item.publishedAt))}</Text>}
      </View>
      <View className="card">
        <View className="section">
          <Text className="section-label">申报条件</Text>
          <Text className="section-text">{item.applicationConditions}</Text>
        </View>
        <View className="section">
          <Text className="section-label">支持标准</Text>
          <Text className="section-text">{item.supportStandard}</Text>
        </View>
        <View className="section">
          <Text className="section-label">申报时间</Text>
          <Text className="section-text">{item.applicationPeriod}</Text>
        </View>
        <View className="section">
          <Text className="section-label">受理科室</Text>
          <Text className="section-text">{item.acceptingUnit}</Text>
        </View>
        <View className="section">
          <Text className="section-label">咨询电话</Text>
          <View className="section-text link" role="button" aria-label={`拨打咨询电话 ${item.consultPhone}`} onClick={call}>
            {item.consultPhone}
          </View>
        </View>
      </View>
      {item.documentId && (
        <View className="card">
          <Text className="section-label">政策原文</Text>
          <View className="section-text link" role="button" onClick={() => Taro.navigateTo({ url: `/packages/policy/pages/document/index?id=${item.documentId}` })}>
            {item.documentTitle ?? '查看政策原文'}
          </View>
        </View>
      )}
      <View className="card">
        <Button className="secondary-button" onClick={() => Taro.navigateTo({ url: '/packages/enterprise/pages/calculator/index' })}>
          算一算我是否符合
        </Button>
      </View>
    </View>
  );
}
