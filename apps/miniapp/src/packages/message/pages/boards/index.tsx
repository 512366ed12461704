import { chinaToday } from '@govopen/domain';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { MESSAGE_BOARD_LABELS, MessageBoard, MessageMonthStats, Page, PublicMessageView } from '@govopen/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import '../shared.scss';

const BOARDS = Object.keys(MESSAGE_BOARD_LABELS) as MessageBoard[];

function shiftMonth(month: string, by: number): string {
  const [year, value] = month.split('-').map(Number);
  const index = year * 12 + value - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The public board: answered messages their writers let us publish, and the month's figures. */
export default function MessageBoardsPage() {
  const [care] = useCareMode();
  const { params } = useRouter();
  const [board, setBoard] = useState<MessageBoard | undefined>((params.board as MessageBoard) || undefined);
  const [month, setMonth] = useState(chinaToday().slice(0, 7));
  const [page, setPage] = useState<Page<PublicMessageView> | null>(null);
  const [stats, setStats] = useState<MessageMonthStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setPage(await api.messages.list({ board, pageSize: 30 }));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      Taro.stopPullDownRefresh();
    }
  }, [board]);
  useEffect(() => {
    load();
  }, [load]);
  useEffect(() => {
    api.messages.stats(month).then(setStats).catch(() => setStats(null));
  }, [month]);
  usePullDownRefresh(() => {
    load();
  });

  const figures = stats ? (board ? stats.byBoard[board] : stats) : null;
  const thisMonth = chinaToday().slice(0, 7);

  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      <View className="board-tabs" role="tablist" aria-label="留言板块">
        <View className={`board-tab ${!board ? 'active' : ''}`} onClick={() => setBoard(undefined)} role="tab" aria-selected={!board}>
          全部
        </View>
        {BOARDS.map((value) => (
          <View key={value} className={`board-tab ${board === value ? 'active' : ''}`} onClick={() => setBoard(value)} role="tab" aria-selected={board === value}>
            {MESSAGE_BOARD_LABELS[value]}
          </View>
        ))}
      </View>

      <View className="card" data-testid="message-stats">
        <View className="month-switch">
          <Text className="month-arrow" onClick={() => setMonth(shiftMonth(month, -1))} aria-label="上个月">
            ‹
          </Text>
          <Text className="card-title">
            {month.replace('-', '年')}月{board ? MESSAGE_BOARD_LABELS[board] : '留言'}办理情况
          </Text>
          <Text className="month-arrow" onClick={() => month < thisMonth && setMonth(shiftMonth(month, 1))} aria-label="下个月">
            {month < thisMonth ? '›' : ' '}
          </Text>
        </View>
        {figures ? (
          <View className="stats">
            <View>
              <Text className="stat-value">{figures.received}</Text>
              <Text className="stat-label">受理</Text>
            </View>
            <View>
              <Text className="stat-value">{figures.answered}</Text>
              <Text className="stat-label">答复</Text>
            </View>
            <View>
              <Text className="stat-value">{figures.onTimeRate === null ? '—' : `${figures.onTimeRate}%`}</Text>
              <Text className="stat-label">按时答复率</Text>
            </View>
            <View>
              <Text className="stat-value">{figures.satisfactionRate === null ? '—' : `${figures.satisfactionRate}%`}</Text>
              <Text className="stat-label">满意率</Text>
            </View>
          </View>
        ) : (
          <Text className="hint">统计加载中…</Text>
        )}
      </View>

      <View className="actions">
        <Button className="primary-button" onClick={() => Taro.navigateTo({ url: `/packages/message/pages/write/index${board ? `?board=${board}` : ''}` })}>
          我要留言
        </Button>
        <Button className="secondary-button" onClick={() => Taro.navigateTo({ url: '/packages/message/pages/mine/index' })}>
          我的留言
        </Button>
      </View>

      {error && (
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      )}
      {!error && !page && <View className="card loading">正在加载…</View>}
      {page?.items.length === 0 && (
        <View className="card empty">
          <Text>暂无公开的留言答复</Text>
        </View>
      )}
      {page?.items.map((message) => (
        <View key={message.id} className="card message-card" data-testid="public-message" onClick={() => Taro.navigateTo({ url: `/packages/message/pages/detail/index?id=${message.id}` })}>
          <View className="message-head">
            <Text className="board-tag">{MESSAGE_BOARD_LABELS[message.board]}</Text>
            <Text className="muted">答复于 {message.repliedDate}</Text>
          </View>
          <Text className="message-title">{message.title}</Text>
          <View className="facts">
            <Text className="fact-label">受理日期</Text>
            <Text>{message.receivedDate}</Text>
            <Text className="fact-label">答复部门</Text>
            <Text>{message.replyUnitName}</Text>
          </View>
          <View className="reply-box">
            <Text className="message-body">{message.replyBody.length > 80 ? `${message.replyBody.slice(0, 80)}…` : message.replyBody}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
