import { formatChinaDate } from '@govopen/domain';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { ApiRequestError, COMMENT_DECISION_LABELS, CONSULTATION_PHASE_LABELS, ConsultationView } from '@govopen/contracts';
import { useCallback, useState } from 'react';
import { openPublicFile } from '../../../../platform/files';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { newIdempotencyKey } from '../../../../services/draft';
import { mediaUrl } from '../../../../services/media-url';
import { ensureSignedIn } from '../../../../services/session';
import { offerSubscriptions } from '../../../../services/subscriptions';
import '../../../message/pages/shared.scss';

const COMMENT_MAX = 3000;

export default function ConsultationDetailPage() {
  const [care] = useCareMode();
  const { params } = useRouter();
  const id = Number(params.id);
  const [view, setView] = useState<ConsultationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [article, setArticle] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      await ensureSignedIn().catch(() => undefined);
      setView(await api.consultations.get(id));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [id]);
  useDidShow(() => {
    load();
  });

  const submit = async () => {
    // Asked on the tap itself: WeChat allows the subscribe prompt only from a user gesture (DOMAIN §7).
    await offerSubscriptions(['consultation_result']);
    if (body.trim().length < 2) {
      setFieldError('请填写您的意见');
      return;
    }
    setSubmitting(true);
    try {
      await ensureSignedIn();
      await api.consultations.comment(id, { body, articleNumber: article ?? undefined, idempotencyKey: key });
      setBody('');
      setArticle(null);
      setKey(newIdempotencyKey());
      Taro.showToast({ title: '意见已提交，感谢参与', icon: 'success' });
      await load();
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.body.field) setFieldError(caught.message);
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3000 });
    } finally {
      setSubmitting(false);
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

  const open = view.phase === 'open';
  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      <View className="card" data-testid="consultation-head">
        <View className="message-head">
          <Text className={`status-tag ${open ? 'status-in_progress' : view.phase === 'concluded' ? 'status-answered' : ''}`}>{CONSULTATION_PHASE_LABELS[view.phase]}</Text>
          {open && <Text className="deadline-line">还剩 {view.daysLeft} 天</Text>}
        </View>
        <Text className="message-title">{view.title}</Text>
        <View className="facts">
          <Text className="fact-label">征求期</Text>
          <Text>
            {formatChinaDate(view.startDate)} 至 {formatChinaDate(view.endDate)}（共 {view.windowDays} 天）
          </Text>
          {view.unitName && (
            <>
              <Text className="fact-label">起草单位</Text>
              <Text>{view.unitName}</Text>
            </>
          )}
          <Text className="fact-label">已收到意见</Text>
          <Text>{view.commentCount} 条</Text>
        </View>
        {view.shortWindowReason && <Text className="notice">本次征求意见期限少于 30 日，理由：{view.shortWindowReason}</Text>}
      </View>

      {view.adoption && (
        <View className="card" data-testid="adoption">
          <Text className="card-title">意见采纳情况</Text>
          <Text className="muted">
            共收到意见 {view.adoption.received} 条：采纳 {view.adoption.adopted} 条，部分采纳 {view.adoption.partiallyAdopted} 条，未采纳 {view.adoption.notAdopted} 条
          </Text>
          <View className="reply-box">
            <Text className="message-body">{view.adoption.summary}</Text>
          </View>
          {view.adoption.items.map((item, index) => (
            <View key={index} className="article">
              <Text className={`decision decision-${item.decision}`}>{COMMENT_DECISION_LABELS[item.decision]}</Text>
              <Text className="muted">{item.articleNumber ?? '总体意见'}</Text>
              <Text className="message-body">{item.excerpt}</Text>
              {item.reason && <Text className="hint">理由：{item.reason}</Text>}
            </View>
          ))}
        </View>
      )}

      <View className="card">
        <Text className="card-title">起草说明</Text>
        <Text className="message-body">{view.explanation}</Text>
        {view.attachments.map((file) => (
          <Text key={file.id} className="article-action" onClick={() => openPublicFile(mediaUrl(file.url), file.name)}>
            📎 {file.name}
          </Text>
        ))}
      </View>

      <View className="card">
        <Text className="card-title">草案全文</Text>
        {view.articles.length ? (
          view.articles.map((item) => (
            <View key={item.number} className="article">
              <Text className="article-number">{item.number}</Text>
              <Text className="message-body">{item.text}</Text>
              {open && (
                <Text
                  className="article-action"
                  onClick={() => {
                    setArticle(item.number);
                    Taro.pageScrollTo({ selector: '#comment-form', duration: 300 });
                  }}
                  aria-label={`对${item.number}提意见`}
                >
                  对{item.number}提意见 ›
                </Text>
              )}
            </View>
          ))
        ) : (
          <Text className="message-body">{view.draft}</Text>
        )}
      </View>

      {open ? (
        <View className="card" id="comment-form" data-testid="comment-form">
          <Text className="card-title">发表意见</Text>
          <View className="choice-row">
            <Text className={`choice ${article === null ? 'active' : ''}`} onClick={() => setArticle(null)}>
              对草案整体
            </Text>
            <Text className={`choice ${article !== null ? 'active' : ''}`}>{article ?? '针对具体条款'}</Text>
          </View>
          <Textarea
            value={body}
            maxlength={COMMENT_MAX}
            placeholder={article ? `您对${article}的意见和建议` : '您对草案的意见和建议'}
            onInput={(event) => {
              setBody(event.detail.value);
              setFieldError(null);
            }}
            aria-label="意见内容"
            autoHeight
          />
          {fieldError && <Text className="error-text">{fieldError}</Text>}
          <Button className="primary-button submit" loading={submitting} disabled={submitting} onClick={submit}>
            提交意见
          </Button>
          <Text className="hint">意见经审核后汇总，征求期结束后将公布采纳情况。</Text>
        </View>
      ) : (
        !view.adoption && <View className="card"><Text className="hint">征求期已结束，采纳情况将在 10 个工作日内公布。</Text></View>
      )}

      {view.myComments.length > 0 && (
        <View className="card" data-testid="my-comments">
          <Text className="card-title">我的意见</Text>
          {view.myComments.map((item) => (
            <View key={item.id} className="article">
              <Text className="muted">{item.articleNumber ?? '总体意见'}</Text>
              <Text className="message-body">{item.body}</Text>
              {item.decision ? (
                <Text className="hint">
                  <Text className={`decision decision-${item.decision}`}>{COMMENT_DECISION_LABELS[item.decision]}</Text>
                  {item.decisionReason ?? ''}
                </Text>
              ) : (
                <Text className="hint">{item.status === 'pending' ? '审核中' : item.status === 'rejected' ? '未通过审核' : '已收到'}</Text>
              )}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
