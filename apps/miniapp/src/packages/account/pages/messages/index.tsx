import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { InboxMessage } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { api } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { useResidentData } from '../../../../services/use-resident-data';
import './index.scss';

export default function MessagesPage() {
  const [care] = useCareMode();
  const { data: messages, error, setData: setMessages } = useResidentData(api.notifications.mine);

  const open = async (message: InboxMessage) => {
    if (!message.read) {
      api.notifications.read(message.id).catch(() => undefined);
      setMessages((list) => list?.map((item) => (item.id === message.id ? { ...item, read: true } : item)) ?? null);
    }
    if (message.link) Taro.navigateTo({ url: message.link });
  };

  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      {error && <View className="card error-text">{error}</View>}
      {!error && messages === null && <View className="card muted">正在加载…</View>}
      {messages?.length === 0 && (
        <View className="card">
          <Text className="card-title">暂无消息</Text>
          <Text className="hint">申请受理、补正、答复等办理进展，以及与您企业相关的惠企政策，会在这里通知您。</Text>
        </View>
      )}
      {messages?.map((message) => (
        <View key={message.id} className="card message" data-testid="message" role={message.link ? 'button' : undefined} onClick={() => open(message)}>
          <View className="message-head">
            {!message.read && <View className="unread-dot" aria-label="未读" />}
            <Text className="message-title">{message.title}</Text>
            <Text className="message-time">{formatChinaDateTime(message.createdAt)}</Text>
          </View>
          <Text className="message-body">{message.body}</Text>
        </View>
      ))}
    </View>
  );
}
