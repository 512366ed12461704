import { INTERPRETATION_FORM_LABELS, InterpretationForm, MediaPurpose, SaveInterpretation, StaffInterpretationView, StaffPolicySummary } from '@govopen/contracts';
import { App, Button, Card, Col, Form, Input, Result, Row, Select, Space, Spin, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { uploadMedia } from '../../api/upload';
import { RichTextEditor } from './rich-text-editor';
import { ContentStatusTag, WorkflowPanel } from './workflow-panel';
import { PageHeading } from '../../layout/page-heading';

interface Slot {
  id: number;
  name: string;
}
type Slots = { media: Slot | null; poster: Slot | null; captions: Slot | null; images: Slot[] };

const NEEDS: Record<InterpretationForm, { media?: MediaPurpose; poster?: boolean; captions?: boolean; images?: boolean; transcript?: boolean }> = {
  text: {},
  graphic: { images: true },
  audio: { media: 'audio', transcript: true },
  video: { media: 'video', poster: true, captions: true },
  animation: { media: 'video', poster: true, captions: true, images: true },
  expert: { media: 'video', poster: true, captions: true },
  media: {},
  leader: { media: 'video', poster: true, captions: true },
  meeting: { media: 'video', poster: true, captions: true },
  press: { media: 'video', poster: true, captions: true },
};

function FileSlot({ label, purpose, accept, value, onChange, hint }: { label: string; purpose: MediaPurpose; accept: string; value: Slot | null; onChange: (slot: Slot | null) => void; hint: string }) {
  const { message } = App.useApp();
  return (
    <Form.Item label={label} extra={hint}>
      <Upload
        accept={accept}
        maxCount={1}
        fileList={value ? [{ uid: String(value.id), name: value.name, status: 'done' }] : []}
        onRemove={() => onChange(null)}
        customRequest={async ({ file, onSuccess, onError }) => {
          try {
            const uploaded = await uploadMedia(purpose, file as File);
            onChange({ id: uploaded.id, name: uploaded.name });
            onSuccess?.(uploaded);
          } catch (caught) {
            message.error((caught as Error).message);
            onError?.(caught as Error);
          }
        }}
      >
        <Button>{value ? '更换' : '上传'}{label}</Button>
      </Upload>
    </Form.Item>
  );
}

/** One interpretation: its form decides what must be uploaded (video: file, poster, WebVTT captions; audio: transcript). */
export function InterpretationPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<SaveInterpretation>();
  const kind = (Form.useWatch('form', form) as InterpretationForm | undefined) ?? 'text';
  const [item, setItem] = useState<StaffInterpretationView | null>(null);
  const [policies, setPolicies] = useState<StaffPolicySummary[]>([]);
  const [slots, setSlots] = useState<Slots>({ media: null, poster: null, captions: null, images: [] });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    setError(null);
    api.admin.policies.list({ pageSize: 100 }).then((page) => setPolicies(page.items)).catch(() => setPolicies([]));
    if (isNew) {
      form.setFieldsValue({ form: 'video', policyId: params.get('policyId') ? Number(params.get('policyId')) : undefined, bodyHtml: '' });
      return;
    }
    api.admin.interpretations
      .get(Number(id))
      .then((loaded) => {
        setItem(loaded);
        form.setFieldsValue({ policyId: loaded.policyId, title: loaded.title, form: loaded.form, source: loaded.source, bodyHtml: loaded.bodyHtml, transcript: loaded.transcript });
        const slot = (file: { id: number; name: string } | null) => (file ? { id: file.id, name: file.name } : null);
        setSlots({ media: slot(loaded.media), poster: slot(loaded.poster), captions: slot(loaded.captions), images: loaded.images.map((file) => ({ id: file.id, name: file.name })) });
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, [id, isNew, form, params]);
  useEffect(load, [load]);

  const save = async (values: SaveInterpretation) => {
    setSaving(true);
    try {
      const body: SaveInterpretation = { ...values, mediaId: slots.media?.id ?? null, posterId: slots.poster?.id ?? null, captionsId: slots.captions?.id ?? null, imageIds: slots.images.map((image) => image.id) };
      const saved = isNew ? await api.admin.interpretations.create(body) : await api.admin.interpretations.update(Number(id), body);
      message.success('已保存');
      if (isNew) navigate(`/interpretations/${saved.id}`, { replace: true });
      else setItem(saved);
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Result status="error" title="解读加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!isNew && !item) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }} />;
  const editable = isNew || ['draft', 'returned', 'withdrawn'].includes(item!.status);
  const needs = NEEDS[kind];

  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Card title={<Space><Link to="/interpretations">政策解读</Link>/<PageHeading title={isNew ? '新建政策解读' : item!.title} />{item && <ContentStatusTag status={item.status} label={item.statusLabel} />}</Space>}>
          <Form form={form} layout="vertical" onFinish={save} disabled={!editable} requiredMark="optional">
            <Form.Item name="policyId" label="所解读的政策文件" rules={[{ required: true, message: '请选择政策文件' }]}>
              <Select showSearch optionFilterProp="label" placeholder="选择政策文件" options={policies.map((policy) => ({ value: policy.id, label: `${policy.title}${policy.documentNumber ? `（${policy.documentNumber}）` : ''}` }))} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={16}><Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}><Input maxLength={200} /></Form.Item></Col>
              <Col span={8}>
                <Form.Item name="form" label="解读形式">
                  <Select options={Object.entries(INTERPRETATION_FORM_LABELS).map(([value, label]) => ({ value, label }))} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="source" label="解读人 / 来源" extra="专家姓名与职务、媒体名称、领导干部、会议或发布会名称">
              <Input maxLength={100} />
            </Form.Item>
            {needs.media && (
              <FileSlot label={needs.media === 'audio' ? '音频' : '视频'} purpose={needs.media} accept={needs.media === 'audio' ? 'audio/*' : 'video/mp4,video/webm'} value={slots.media} onChange={(media) => setSlots({ ...slots, media })} hint={needs.media === 'audio' ? 'MP3、M4A、AAC 或 OGG，不超过 100 MB' : 'MP4（H.264）或 WebM，不超过 500 MB'} />
            )}
            {needs.poster && <FileSlot label="封面图" purpose="poster" accept="image/*" value={slots.poster} onChange={(poster) => setSlots({ ...slots, poster })} hint="视频播放前显示，JPG/PNG/WebP，不超过 5 MB" />}
            {needs.captions && <FileSlot label="字幕" purpose="captions" accept=".vtt,text/vtt" value={slots.captions} onChange={(captions) => setSlots({ ...slots, captions })} hint="WebVTT（.vtt，UTF-8），听障人士和静音播放时需要" />}
            {needs.images && (
              <Form.Item label={kind === 'graphic' ? '图片（一图读懂可上传长图）' : '图片序列'}>
                <Upload
                  accept="image/*"
                  multiple
                  listType="picture"
                  fileList={slots.images.map((image) => ({ uid: String(image.id), name: image.name, status: 'done' as const }))}
                  onRemove={(file) => setSlots((current) => ({ ...current, images: current.images.filter((image) => String(image.id) !== file.uid) }))}
                  customRequest={async ({ file, onSuccess, onError }) => {
                    try {
                      const uploaded = await uploadMedia('image', file as File);
                      setSlots((current) => ({ ...current, images: [...current.images, { id: uploaded.id, name: uploaded.name }] }));
                      onSuccess?.(uploaded);
                    } catch (caught) {
                      message.error((caught as Error).message);
                      onError?.(caught as Error);
                    }
                  }}
                >
                  <Button>上传图片</Button>
                </Upload>
              </Form.Item>
            )}
            {needs.transcript && (
              <Form.Item name="transcript" label="文字稿" rules={[{ required: true, message: '音频解读须附文字稿' }]}>
                <Input.TextArea rows={6} />
              </Form.Item>
            )}
            <Form.Item name="bodyHtml" label="解读正文">
              <RichTextEditor minHeight={160} />
            </Form.Item>
            {editable && <Button type="primary" htmlType="submit" loading={saving}>保存</Button>}
          </Form>
          {item?.media && item.media.mime.startsWith('video/') && (
            <Card size="small" title="预览" style={{ marginTop: 16 }}>
              <video controls crossOrigin="anonymous" preload="metadata" poster={item.poster?.url} style={{ width: '100%', maxWidth: 640 }} src={item.media.url}>
                {item.captions && <track kind="captions" srcLang="zh" label="中文字幕" src={item.captions.url} default />}
              </video>
            </Card>
          )}
          {item?.media && item.media.mime.startsWith('audio/') && <audio controls src={item.media.url} style={{ marginTop: 16, width: '100%' }} />}
        </Card>
      </Col>
      {item && (
        <Col xs={24} xl={8}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <WorkflowPanel workflow={item} onReview={async (request) => setItem(await api.admin.interpretations.review(item.id, request))} />
            <Card size="small" title="所解读的文件">
              <Link to={`/policies/${item.policy.id}`}>{item.policy.title}</Link>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{item.policy.documentNumber ?? ''}</Typography.Paragraph>
            </Card>
          </Space>
        </Col>
      )}
    </Row>
  );
}
