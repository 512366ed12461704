import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import { ApiRequestError, MESSAGE_BOARD_LABELS, MediaFileView, MessageBoard } from '@govopen/contracts';
import { checkPhone } from '@govopen/domain';
import { useEffect, useMemo, useState } from 'react';
import { AttachmentPicker } from '../../../../components/attachment-picker';
import { FormField } from '../../../../components/form-field';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from '../../../../services/draft';
import { ensureSignedIn } from '../../../../services/session';
import { offerSubscriptions } from '../../../../services/subscriptions';
import '../shared.scss';

const DRAFT_KEY = 'govopen.draft.message';
const BOARDS = Object.keys(MESSAGE_BOARD_LABELS) as MessageBoard[];
const TITLE_MAX = 60;
const CATEGORIES = ['政策咨询', '项目申报', '企业服务', '行业管理', '信息公开', '其他'];
const BODY_MAX = 2000;

interface Draft {
  idempotencyKey: string;
  board: MessageBoard;
  category: string;
  title: string;
  body: string;
  public: boolean;
  contactName: string;
  phone: string;
  images: MediaFileView[];
}

function validate(draft: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (!draft.title.trim()) errors.title = '请填写标题';
  if (draft.body.trim().length < 5) errors.body = '请把问题写清楚（至少 5 个字）';
  if (draft.phone.trim() && checkPhone(draft.phone)) errors.phone = checkPhone(draft.phone)!;
  return errors;
}

export default function WriteMessagePage() {
  const [care] = useCareMode();
  const { params } = useRouter();
  const [draft, setDraft] = useState<Draft>(() => ({
    idempotencyKey: newIdempotencyKey(),
    board: (params.board as MessageBoard) || 'general',
    category: '',
    title: '',
    body: '',
    public: true,
    contactName: '',
    phone: '',
    images: [],
    ...loadDraft<Draft>(DRAFT_KEY),
  }));
  const [replyDays, setReplyDays] = useState<Record<string, number>>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useMemo(() => validate(draft), [draft]);

  useEffect(() => saveDraft(DRAFT_KEY, draft), [draft]);
  useEffect(() => {
    api.messages
      .boards()
      .then((boards) => setReplyDays(Object.fromEntries(boards.map((board) => [board.board, board.replyWorkingDays]))))
      .catch(() => undefined);
  }, []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setTouched((previous) => new Set(previous).add(key));
    setServerError(null);
  };
  const errorOf = (key: keyof Draft) => (serverError?.field === key || (key === 'images' && serverError?.field === 'imageIds') ? serverError.message : null) ?? (touched.has(key) ? errors[key] ?? null : null);

  const submit = async () => {
    // Asked on the tap itself: WeChat allows the subscribe prompt only from a user gesture (DOMAIN §7).
    await offerSubscriptions(['message_reply']);
    setTouched(new Set(Object.keys(draft)));
    if (Object.keys(errors).length) {
      Taro.showToast({ title: '请先修正标红的内容', icon: 'none' });
      return;
    }
    setSubmitting(true);
    try {
      await ensureSignedIn();
      const created = await api.messages.create({
        board: draft.board,
        category: draft.category || undefined,
        title: draft.title,
        body: draft.body,
        public: draft.public,
        contactName: draft.contactName || undefined,
        phone: draft.phone || undefined,
        imageIds: draft.images.map((image) => image.id),
        idempotencyKey: draft.idempotencyKey,
      });
      clearDraft(DRAFT_KEY);
      Taro.redirectTo({ url: `/packages/message/pages/detail/index?id=${created.id}&created=1` });
    } catch (caught) {
      if (caught instanceof ApiRequestError) setServerError({ field: caught.body.field, message: caught.message });
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3500 });
    } finally {
      setSubmitting(false);
    }
  };

  const days = replyDays[draft.board];
  return (
    <View className={`page messages ${care ? 'care' : ''}`}>
      <View className="card">
        <Text className="card-title">留言须知</Text>
        <Text className="hint">
          请文明留言，一事一留言。留言经内容审核后转有关科室办理{days ? `，${MESSAGE_BOARD_LABELS[draft.board]}一般在 ${days} 个工作日内答复` : ''}。选择公开的留言，答复后将在留言板公开（不显示您的姓名和联系方式）。
        </Text>
      </View>
      <View className="card">
        <FormField label="留言类别" required>
          <Picker mode="selector" range={BOARDS.map((board) => MESSAGE_BOARD_LABELS[board])} value={BOARDS.indexOf(draft.board)} onChange={(event) => set('board', BOARDS[Number(event.detail.value)])}>
            <View className="picker-value" aria-label="留言类别">
              {MESSAGE_BOARD_LABELS[draft.board]} ›
            </View>
          </Picker>
        </FormField>
        <FormField label="问题分类" error={errorOf('category')}>
          <Picker mode="selector" range={CATEGORIES} value={Math.max(0, CATEGORIES.indexOf(draft.category))} onChange={(event) => set('category', CATEGORIES[Number(event.detail.value)])}>
            <View className="picker-value" aria-label="问题分类">
              {draft.category || '选填'} ›
            </View>
          </Picker>
        </FormField>
        <FormField label="标题" required error={errorOf('title')}>
          <Input value={draft.title} maxlength={TITLE_MAX} placeholder="一句话概括您的问题" onInput={(event) => set('title', event.detail.value)} aria-label="标题" />
        </FormField>
        <FormField label="内容" required error={errorOf('body')}>
          <Textarea value={draft.body} maxlength={BODY_MAX} placeholder="请写明事情经过、地点、时间和您的诉求" onInput={(event) => set('body', event.detail.value)} aria-label="留言内容" autoHeight />
        </FormField>
        <Text className="counter">
          {draft.body.length} / {BODY_MAX}
        </Text>
        <AttachmentPicker purpose="message_image" label="图片" hint="选填，最多 6 张" files={draft.images} max={6} onChange={(files) => set('images', files)} />
        {errorOf('images') && <Text className="error-text">{errorOf('images')}</Text>}
        <FormField label="公开留言" hint={draft.public ? '答复后在留言板公开，不显示您的个人信息' : '仅您本人可以看到答复'}>
          <Switch checked={draft.public} color="#b71c1c" onChange={(event) => set('public', event.detail.value)} aria-label="公开留言" />
        </FormField>
      </View>
      <View className="card">
        <Text className="card-title">联系方式（选填）</Text>
        <Text className="hint">便于办理人员联系核实情况。联系方式加密保存，不会公开。</Text>
        <FormField label="称呼" error={errorOf('contactName')}>
          <Input value={draft.contactName} maxlength={40} placeholder="如：张先生" onInput={(event) => set('contactName', event.detail.value)} aria-label="称呼" />
        </FormField>
        <FormField label="联系电话" error={errorOf('phone')}>
          <Input value={draft.phone} type="number" maxlength={20} placeholder="手机号码" onInput={(event) => set('phone', event.detail.value)} aria-label="联系电话" />
        </FormField>
        <Button className="primary-button submit" loading={submitting} disabled={submitting} onClick={submit}>
          提交留言
        </Button>
        <Text className="hint">填写内容会自动保存在本机。</Text>
      </View>
    </View>
  );
}
