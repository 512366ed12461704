import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { api } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { useResidentData } from '../../../../services/use-resident-data';
import '../shared.scss';

export default function MyRequestsPage() {
  const [care] = useCareMode();
  const { data: requests, error, reload: load } = useResidentData(api.disclosureRequests.mine);

  const apply = () => Taro.navigateTo({ url: '/packages/disclosure/pages/apply/index' });

  return (
    <View className={`page disclosure ${care ? 'care' : ''}`}>
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      )}
      {!error && requests === null && <View className="card loading">正在加载…</View>}
      {requests?.length === 0 && (
        <View className="card empty">
          <Text className="card-title">还没有申请</Text>
          <Text className="hint">您可以向本机关申请获取政府信息，我们自收到申请之日起 20 个工作日内答复。</Text>
          <Button className="primary-button" onClick={apply}>
            申请公开政府信息
          </Button>
        </View>
      )}
      {requests?.map((request) => (
        <View
          key={request.id}
          className="card request-card"
          data-testid="my-request"
          onClick={() => Taro.navigateTo({ url: `/packages/disclosure/pages/detail/index?id=${request.id}` })}
        >
          <View className="request-head">
            <Text className={`status-tag status-${request.status}`}>{request.statusLabel}</Text>
            <Text className="tracking">{request.trackingNumber}</Text>
          </View>
          <Text className="request-title">{request.title}</Text>
          {request.deadline?.explanation && (
            <Text className={`deadline-line ${request.deadline.overdue ? 'overdue' : ''}`}>{request.deadline.explanation}</Text>
          )}
        </View>
      ))}
      {requests && requests.length > 0 && (
        <View className="card">
          <Button className="primary-button" onClick={apply}>
            再提一份申请
          </Button>
        </View>
      )}
    </View>
  );
}
