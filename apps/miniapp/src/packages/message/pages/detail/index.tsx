import { chinaDateOfInstant, formatChinaDate } from '@govopen/domain';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import { MESSAGE_BOARD_LABELS, MESSAGE_RATING_LABELS, MessageRating, MessageView, PublicMessageView } from '@govopen/contracts';
import { useCallback, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { mediaUrl } from '../../../../services/media-url';
import { ensureSignedIn } from '../../../../services/session';
import '../shared.scss';

const RATINGS = Object.keys(MESSAGE_RATING_LABELS) as MessageRating[];

function isOwn(view: MessageView | PublicMessageView): view is MessageView {
  return 'status' in view;
}

/** What the writer is told about where their message stands, in plain words. */
function progress(view: MessageView): string {
  switch (view.status) {
    case 'held':
      return '您的留言已提交，正在进行内容审核，审核通过后将转有关科室办理。';
    case 'dispatching':
      return `您的留言已受理（${formatChinaDate(view.receivedDate!)}），正在确定办理科室。`;
    case 'assigned':
    case 'in_progress':
      return `您的留言由${view.unitName}办理。`;
    case 'answered':
      return `${view.replyUnitName}已于 ${formatChinaDate(view.repliedDate!)} 答复。`;
    case 'invalid':
      return `您的留言未予受理${view.invalidReason ? `：${view.invalidReason}` : '。'}`;
  }
}

export default function MessageDetailPage() {
  const [care] = useCareMode();
  const { params } = useRouter();
  const id = Number(params.id);
  const [view, setView] = useState<MessageView | PublicMessageView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rating, setRating] = useState<MessageRating | null>(null);
  const [comment, setComment] = useState('');
  const [ratingBusy, setRatingBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      // Signed in when possible, so the writer sees their own message in any state.
      await ensureSignedIn().catch(() => undefined);
      setView(await api.messages.get(id));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [id]);
  useDidShow(() => {
    load();
  });

  const rate = async () => {
    if (!rating) return;
    setRatingBusy(true);
    try {
      setView(await api.messages.rate(id, { rating, comment: comment || undefined }));
      Taro.showToast({ title: '感谢您的评价', icon: 'success' });
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3000 });
    } finally {
      setRatingBusy(false);
    }
  };

  if (error) {
    return (
      <View className={`page messages ${care ? 'care' : ''}`}>
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      </View>
    );
  }
  if (!view) return <View className="page messages"><View className="card loading">正在加载…</View></View>;

  const own = isOwn(view);
  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      {params.created && own && (
        <View className="card">
          <Text className="card-title">留言已提交</Text>
          <Text className="hint">{view.status === 'held' ? '内容审核通过后转有关科室办理，答复后会通知您。' : '我们已受理您的留言，答复后会通知您。'}</Text>
        </View>
      )}
      <View className="card message-card" data-testid="message-detail">
        <View className="message-head">
          <Text className="board-tag">{MESSAGE_BOARD_LABELS[view.board]}</Text>
          {own && <Text className={`status-tag status-${view.status}`}>{view.statusText}</Text>}
        </View>
        <Text className="message-title">{view.title}</Text>
        <Text className="message-body">{view.body}</Text>
        {view.images.length > 0 && (
          <View className="images">
            {view.images.map((image) => (
              <Image key={image.id} className="thumb" src={mediaUrl(image.url)} mode="aspectFill" onClick={() => Taro.previewImage({ urls: view.images.map((item) => mediaUrl(item.url)), current: mediaUrl(image.url) })} />
            ))}
          </View>
        )}
        <View className="facts">
          {own && (
            <>
              <Text className="fact-label">提交时间</Text>
              <Text>{formatChinaDate(chinaDateOfInstant(view.submittedAt))}</Text>
            </>
          )}
          <Text className="fact-label">受理日期</Text>
          <Text>{view.receivedDate ?? '审核中'}</Text>
          {own && view.unitName && view.status !== 'answered' && (
            <>
              <Text className="fact-label">办理单位</Text>
              <Text>{view.unitName}</Text>
            </>
          )}
          {!own || view.status === 'answered' ? (
            <>
              <Text className="fact-label">答复日期</Text>
              <Text>{view.repliedDate}</Text>
              <Text className="fact-label">答复部门</Text>
              <Text>{view.replyUnitName}</Text>
            </>
          ) : null}
          {own && (
            <>
              <Text className="fact-label">是否公开</Text>
              <Text>{view.public ? (view.published ? '已公开' : '同意公开') : '不公开'}</Text>
            </>
          )}
        </View>
        {own && <Text className="notice">{progress(view)}{view.dueDate ? `我们最晚将在 ${formatChinaDate(view.dueDate)} 前答复您。` : ''}</Text>}
      </View>

      {view.replyBody && (
        <View className="card" data-testid="message-reply">
          <Text className="card-title">答复内容</Text>
          <View className="reply-box">
            <Text className="message-body">{view.replyBody}</Text>
          </View>
        </View>
      )}

      {own && view.status === 'answered' && (
        <View className="card" data-testid="message-rating">
          <Text className="card-title">{view.rating ? '您的评价' : '请您评价本次答复'}</Text>
          {view.rating ? (
            <Text>
              {MESSAGE_RATING_LABELS[view.rating]}
              {view.ratingComment ? `：${view.ratingComment}` : ''}
            </Text>
          ) : (
            <>
              <View className="choice-row">
                {RATINGS.map((value) => (
                  <View key={value} className={`choice ${rating === value ? 'active' : ''}`} onClick={() => setRating(value)} role="radio" aria-checked={rating === value} aria-label={MESSAGE_RATING_LABELS[value]}>
                    {MESSAGE_RATING_LABELS[value]}
                  </View>
                ))}
              </View>
              <Textarea value={comment} maxlength={500} placeholder="评价意见（选填）" onInput={(event) => setComment(event.detail.value)} aria-label="评价意见" autoHeight />
              <Button className="primary-button" disabled={!rating || ratingBusy} loading={ratingBusy} onClick={rate}>
                提交评价
              </Button>
            </>
          )}
        </View>
      )}
    </View>
  );
}
