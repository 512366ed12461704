import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CONSULTATION_PHASE_LABELS } from '@govopen/contracts';
import { api } from '../../../../services/api';
import { usePageData } from '../../../../services/use-page-data';
import { useCareMode } from '../../../../services/care-mode';
import '../../../message/pages/shared.scss';

export default function ConsultationListPage() {
  const [care] = useCareMode();
  const { data: items, error, reload: load } = usePageData(api.consultations.list);

  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      )}
      {!error && !items && <View className="card loading">正在加载…</View>}
      {items?.length === 0 && (
        <View className="card empty">
          <Text>目前没有征求意见的草案</Text>
        </View>
      )}
      {items?.map((item) => (
        <View key={item.id} className="card message-card" data-testid="consultation" onClick={() => Taro.navigateTo({ url: `/packages/consultation/pages/detail/index?id=${item.id}` })}>
          <View className="message-head">
            <Text className={`status-tag ${item.phase === 'open' ? 'status-in_progress' : item.phase === 'concluded' ? 'status-answered' : ''}`}>{CONSULTATION_PHASE_LABELS[item.phase]}</Text>
            {item.phase === 'open' && <Text className="deadline-line">还剩 {item.daysLeft} 天</Text>}
          </View>
          <Text className="message-title">{item.title}</Text>
          <Text className="muted">
            {item.startDate} 至 {item.endDate}
            {item.unitName ? ` · ${item.unitName}` : ''} · 已收到意见 {item.commentCount} 条
          </Text>
        </View>
      ))}
    </View>
  );
}
