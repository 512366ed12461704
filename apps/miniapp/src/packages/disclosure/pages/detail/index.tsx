import { formatChinaDate } from '@govopen/domain';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { DELIVERY_METHOD_LABELS, DisclosureLetter, DisclosureRequestView, MediaFileView, PROVISION_METHOD_LABELS } from '@govopen/contracts';
import { useState } from 'react';
import { AttachmentPicker, formatSize } from '../../../../components/attachment-picker';
import { openAttachment } from '../../../../platform/files';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { ensureSignedIn } from '../../../../services/session';
import '../shared.scss';

const OPEN = ['submitted', 'received', 'in_progress', 'awaiting_supplement', 'consulting', 'awaiting_fee'];

export default function RequestDetailPage() {
  const [care] = useCareMode();
  const { params } = useRouter();
  const id = Number(params.id);
  const [request, setRequest] = useState<DisclosureRequestView | null>(null);
  const [letters, setLetters] = useState<DisclosureLetter[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [supplement, setSupplement] = useState('');
  const [supplementFiles, setSupplementFiles] = useState<MediaFileView[]>([]);
  const [reasons, setReasons] = useState('');
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setError(null);
    try {
      await ensureSignedIn();
      const [shown, nextLetters] = await Promise.all([api.disclosureRequests.get(id), api.disclosureRequests.letters(id)]);
      // Showing the fee notice here is its receipt online: the 20 working days to pay run from today (109号 Art. 7).
      const next = shown.feeNotice && shown.feeNotice.dueDate === null ? await api.disclosureRequests.acknowledgeFeeNotice(id) : shown;
      setRequest(next);
      setLetters(nextLetters);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  useDidShow(() => {
    load();
  });

  const sendSupplement = async () => {
    if (supplement.trim().length < 5) {
      Taro.showToast({ title: '请填写补正的内容（至少 5 个字）', icon: 'none' });
      return;
    }
    setBusy(true);
    try {
      setRequest(await api.disclosureRequests.supplement(id, supplement.trim(), supplementFiles.map((file) => file.id)));
      setSupplement('');
      setSupplementFiles([]);
      Taro.showToast({ title: '已提交补正', icon: 'success' });
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3000 });
    } finally {
      setBusy(false);
    }
  };

  const sendReasons = async () => {
    if (reasons.trim().length < 5) {
      Taro.showToast({ title: '请说明申请的理由（至少 5 个字）', icon: 'none' });
      return;
    }
    setBusy(true);
    try {
      setRequest(await api.disclosureRequests.giveReasons(id, reasons.trim()));
      setReasons('');
      Taro.showToast({ title: '已提交说明', icon: 'success' });
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3000 });
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回申请', content: '撤回后本申请不再办理，如仍需要可重新申请。确定撤回？', confirmText: '撤回', cancelText: '不撤回' });
    if (!confirm) return;
    try {
      setRequest(await api.disclosureRequests.withdraw(id));
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3000 });
    }
  };

  if (error) {
    return (
      <View className="page disclosure">
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      </View>
    );
  }
  if (!request) return <View className="page disclosure"><View className="card loading">正在加载…</View></View>;

  return (
    <View className={`page disclosure ${care ? 'care' : ''}`}>
      {params.created && (
        <View className="card success" data-testid="created">
          <Text className="card-title">申请已提交</Text>
          <Text className="hint">受理编号 {request.trackingNumber}。工作人员确认收到后开始计算答复期限，办理进展会显示在这里。</Text>
        </View>
      )}
      <View className="card">
        <View className="request-head">
          <Text className={`status-tag status-${request.status}`} data-testid="status">
            {request.statusLabel}
          </Text>
          <Text className="tracking">受理编号 {request.trackingNumber}</Text>
        </View>
        <Text className="request-title">{request.title}</Text>
        {request.deadline?.explanation && (
          <View className={`deadline-box ${request.deadline.overdue ? 'overdue' : ''}`} data-testid="deadline">
            <Text>{request.deadline.explanation}</Text>
          </View>
        )}
        {request.outcomeLabel && <Text className="outcome">答复结果：{request.outcomeLabel}</Text>}
      </View>

      {request.status === 'awaiting_supplement' && (
        <View className="card action-needed" data-testid="supplement-card">
          <Text className="card-title">需要您补正</Text>
          <Text className="hint">{request.supplementItems}</Text>
          <Textarea className="supplement-input" value={supplement} maxlength={2000} placeholder="请按上面的要求补充说明" onInput={(e) => setSupplement(e.detail.value)} aria-label="补正内容" />
          <AttachmentPicker purpose="supplement" label="补正材料" hint="如需补充证明文件，请在这里上传" files={supplementFiles} onChange={setSupplementFiles} max={5} />
          <Button className="primary-button" loading={busy} onClick={sendSupplement}>
            提交补正
          </Button>
        </View>
      )}

      {request.reasonsRequest?.canAnswer && (
        <View className="card action-needed" data-testid="reasons-card">
          <Text className="card-title">请说明申请理由</Text>
          <Text className="hint">
            您提出的申请数量或频次较多。请在 {formatChinaDate(request.reasonsRequest.answerDueDate)} 前说明理由，逾期未说明的，我们可以不予处理（《政府信息公开条例》第三十五条）。
          </Text>
          <Textarea className="supplement-input" value={reasons} maxlength={2000} placeholder="例如：申请这些信息的用途和必要性" onInput={(e) => setReasons(e.detail.value)} aria-label="说明理由" />
          <Button className="primary-button" loading={busy} onClick={sendReasons}>
            提交说明
          </Button>
        </View>
      )}

      {request.feeNotice && (
        <View className="card action-needed" data-testid="fee-card">
          <Text className="card-title">需要缴纳信息处理费 {request.feeNotice.amountYuan} 元</Text>
          <Text className="hint">
            {request.feeNotice.dueDate ? `请于 ${formatChinaDate(request.feeNotice.dueDate)} 前按下方通知书缴纳。` : '请自收到通知之日起 20 个工作日内按下方通知书缴纳。'}
            缴费期间不计入答复期限；逾期未缴纳的，视为放弃申请。
          </Text>
        </View>
      )}

      {[...letters].reverse().map((letter) => (
        <View key={`${letter.kind}-${letter.number}`} className="card letter" data-testid={`letter-${letter.kind}`}>
          <Text className="letter-title">{letter.title}</Text>
          <Text className="letter-number">{letter.number}</Text>
          <Text className="letter-paragraph">{letter.recipient}</Text>
          {letter.paragraphs.map((paragraph) => (
            <Text key={paragraph} className="letter-paragraph indent">
              {paragraph}
            </Text>
          ))}
          <Text className="letter-sign">{letter.signature}</Text>
          <Text className="letter-sign">{letter.date}</Text>
        </View>
      ))}

      <View className="card">
        <Text className="card-title">办理进度</Text>
        <View className="timeline">
          {[...request.events].reverse().map((event) => (
            <View key={event.id} className="timeline-item">
              <View className="timeline-dot" />
              <View className="timeline-body">
                <Text className="timeline-summary">{event.summary}</Text>
                <Text className="timeline-meta">
                  {event.date} · {event.actor}
                </Text>
              </View>
            </View>
          ))}
        </View>
      </View>

      <View className="card">
        <Text className="card-title">申请内容</Text>
        <Text className="hint">申请人：{request.applicantName}（{request.applicantType === 'citizen' ? '公民' : '法人或其他组织'}）</Text>
        {request.idNumberMasked && <Text className="hint">证件号码：{request.idNumberMasked}</Text>}
        <Text className="hint">联系电话：{request.phoneMasked}</Text>
        <Text className="hint">内容描述：{request.description}</Text>
        <Text className="hint">
          提供方式：{PROVISION_METHOD_LABELS[request.provisionMethod]}；获取方式：{DELIVERY_METHOD_LABELS[request.deliveryMethod]}
        </Text>
        {request.attachments.map((file) => (
          <Text
            key={file.id}
            className="attachment-link"
            onClick={() => openAttachment(id, file).catch((caught: unknown) => Taro.showToast({ title: errorMessage(caught), icon: 'none' }))}
          >
            {file.purposeLabel}：{file.name}（{formatSize(file.size)}）
          </Text>
        ))}
      </View>

      {OPEN.includes(request.status) && (
        <View className="card">
          <Button className="secondary-button" onClick={withdraw}>
            撤回申请
          </Button>
        </View>
      )}
    </View>
  );
}
