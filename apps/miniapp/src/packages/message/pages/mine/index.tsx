import { formatChinaDate } from '@govopen/domain';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { MESSAGE_BOARD_LABELS } from '@govopen/contracts';
import { api } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { useResidentData } from '../../../../services/use-resident-data';
import '../shared.scss';

export default function MyMessagesPage() {
  const [care] = useCareMode();
  const { data: messages, error, reload } = useResidentData(api.messages.mine);
  const write = () => Taro.navigateTo({ url: '/packages/message/pages/write/index' });

  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={reload}>
            重试
          </Button>
        </View>
      )}
      {!error && messages === null && <View className="card loading">正在加载…</View>}
      {messages?.length === 0 && (
        <View className="card empty">
          <Text className="card-title">还没有留言</Text>
          <Text className="hint">有咨询、建议或投诉，可以在这里留言，我们会按时答复。</Text>
          <Button className="primary-button" onClick={write}>
            我要留言
          </Button>
        </View>
      )}
      {messages?.map((message) => (
        <View key={message.id} className="card message-card" data-testid="my-message" onClick={() => Taro.navigateTo({ url: `/packages/message/pages/detail/index?id=${message.id}` })}>
          <View className="message-head">
            <Text className="board-tag">{MESSAGE_BOARD_LABELS[message.board]}</Text>
            <Text className={`status-tag status-${message.status}`}>{message.statusText}</Text>
          </View>
          <Text className="message-title">{message.title}</Text>
          {message.unitName && message.status !== 'answered' && <Text className="muted">办理单位：{message.unitName}</Text>}
          {message.dueDate && <Text className="deadline-line">最晚 {formatChinaDate(message.dueDate)} 前答复</Text>}
          {message.status === 'answered' && !message.rating && <Text className="deadline-line">已答复，请评价</Text>}
        </View>
      ))}
    </View>
  );
}
