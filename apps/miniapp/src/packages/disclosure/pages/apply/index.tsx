import Taro from '@tarojs/taro';
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import {
  ApiRequestError,
  CreateDisclosureRequest,
  DELIVERY_METHOD_LABELS,
  DeliveryMethod,
  ID_DOCUMENT_LABELS,
  IdDocumentType,
  MediaFileView,
  ORGANIZATION_KIND_LABELS,
  OrganizationKind,
  PROVISION_METHOD_LABELS,
  ProvisionMethod,
} from '@govopen/contracts';
import { checkCreditCode, checkEmail, checkPhone, checkPostcode, checkResidentId, chinaToday, REPLY_WORKING_DAYS } from '@govopen/domain';
import { useEffect, useMemo, useState } from 'react';
import { AttachmentPicker } from '../../../../components/attachment-picker';
import { FormField } from '../../../../components/form-field';
import { GuideLink } from '../../../../components/guide-link';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from '../../../../services/draft';
import { offerSubscriptions } from '../../../../services/subscriptions';
import { ensureSignedIn } from '../../../../services/session';
import './index.scss';

const DRAFT_KEY = 'govopen.draft.disclosure';

const ID_TYPES = (Object.entries(ID_DOCUMENT_LABELS) as [IdDocumentType, string][]).map(([value, label]) => ({ value, label }));
const ORGANIZATION_KINDS = (Object.entries(ORGANIZATION_KIND_LABELS) as [OrganizationKind, string][]).map(([value, label]) => ({ value, label }));

const PROVISION = Object.entries(PROVISION_METHOD_LABELS) as [ProvisionMethod, string][];
const DELIVERY = Object.entries(DELIVERY_METHOD_LABELS) as [DeliveryMethod, string][];

interface Draft {
  privacyAccepted: boolean;
  idempotencyKey: string;
  type: 'citizen' | 'organization';
  name: string;
  idType: IdDocumentType;
  idNumber: string;
  organizationKind: OrganizationKind;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  phone: string;
  address: string;
  postcode: string;
  email: string;
  workUnit: string;
  title: string;
  documentNumber: string;
  description: string;
  purpose: string;
  provisionMethod: ProvisionMethod;
  deliveryMethod: DeliveryMethod;
  pledge: boolean;
  attachments: MediaFileView[];
}

function emptyDraft(): Draft {
  return {
    privacyAccepted: false,
    idempotencyKey: newIdempotencyKey(),
    type: 'citizen',
    name: '',
    idType: 'resident_id',
    idNumber: '',
    organizationKind: 'business',
    creditCode: '',
    legalRepresentative: '',
    contactName: '',
    phone: '',
    address: '',
    postcode: '',
    email: '',
    workUnit: '',
    title: '',
    documentNumber: '',
    description: '',
    purpose: '',
    provisionMethod: 'email',
    deliveryMethod: 'email',
    pledge: false,
    attachments: [],
  };
}

/** The same checks the API makes, as the person types: nothing is learned only after submitting. */
function validate(draft: Draft): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  const required = (key: keyof Draft, message: string) => {
    if (!String(draft[key]).trim()) errors[key] = message;
  };
  required('name', draft.type === 'citizen' ? '请填写姓名' : '请填写单位名称');
  if (draft.type === 'citizen') {
    if (!draft.idNumber.trim()) errors.idNumber = '请填写证件号码';
    else if (draft.idType === 'resident_id') errors.idNumber = checkResidentId(draft.idNumber, chinaToday()) ?? undefined;
  } else {
    errors.creditCode = draft.creditCode.trim() ? checkCreditCode(draft.creditCode) ?? undefined : '请填写统一社会信用代码';
    required('legalRepresentative', '请填写法定代表人');
    required('contactName', '请填写联系人');
  }
  errors.phone = draft.phone.trim() ? checkPhone(draft.phone) ?? undefined : '请填写联系电话';
  required('address', '请填写通信地址');
  if (draft.postcode.trim()) errors.postcode = checkPostcode(draft.postcode) ?? undefined;
  if (draft.email.trim()) errors.email = checkEmail(draft.email) ?? undefined;
  else if (draft.provisionMethod === 'email' || draft.deliveryMethod === 'email') errors.email = '选择电子邮件方式时请填写电子邮箱';
  required('title', '请填写所需政府信息的名称');
  if (draft.description.trim().length < 10) errors.description = '请用至少 10 个字描述所需信息（内容、时间、范围等）';
  if (!draft.pledge) errors.pledge = '请阅读并确认承诺';
  for (const key of Object.keys(errors) as (keyof Draft)[]) if (!errors[key]) delete errors[key];
  return errors;
}

export default function ApplyPage() {
  const [care] = useCareMode();
  const [draft, setDraft] = useState<Draft>(() => ({ ...emptyDraft(), ...loadDraft<Draft>(DRAFT_KEY) }));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useMemo(() => validate(draft), [draft]);

  useEffect(() => saveDraft(DRAFT_KEY, draft), [draft]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setTouched((previous) => new Set(previous).add(key));
    setServerError(null);
  };
  const errorOf = (key: keyof Draft) =>
    (serverError?.field?.endsWith(`.${key}`) || serverError?.field === key ? serverError.message : null) ?? (touched.has(key) ? errors[key] ?? null : null);

  const submit = async () => {
    // Asked on the tap itself: WeChat allows the subscribe prompt only from a user gesture (DOMAIN §7).
    await offerSubscriptions(['disclosure_progress']);
    setTouched(new Set(Object.keys(draft)));
    if (Object.keys(errors).length) {
      Taro.showToast({ title: '请先修正标红的内容', icon: 'none' });
      return;
    }
    setSubmitting(true);
    try {
      await ensureSignedIn();
      const applicant =
        draft.type === 'citizen'
          ? { type: 'citizen' as const, name: draft.name, idType: draft.idType, idNumber: draft.idNumber, phone: draft.phone, address: draft.address, postcode: draft.postcode || undefined, email: draft.email || undefined, workUnit: draft.workUnit || undefined }
          : { type: 'organization' as const, name: draft.name, organizationKind: draft.organizationKind, creditCode: draft.creditCode, legalRepresentative: draft.legalRepresentative, contactName: draft.contactName, phone: draft.phone, address: draft.address, postcode: draft.postcode || undefined, email: draft.email || undefined };
      const body: CreateDisclosureRequest = {
        idempotencyKey: draft.idempotencyKey,
        applicant,
        title: draft.title,
        documentNumber: draft.documentNumber || undefined,
        description: draft.description,
        purpose: draft.purpose || undefined,
        provisionMethod: draft.provisionMethod,
        deliveryMethod: draft.deliveryMethod,
        pledge: draft.pledge,
        attachmentIds: draft.attachments.map((file) => file.id),
      };
      const created = await api.disclosureRequests.create(body);
      clearDraft(DRAFT_KEY);
      Taro.redirectTo({ url: `/packages/disclosure/pages/detail/index?id=${created.id}&created=1` });
    } catch (caught) {
      if (caught instanceof ApiRequestError) setServerError({ field: caught.body.field, message: caught.message });
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3000 });
    } finally {
      setSubmitting(false);
    }
  };

  if (!draft.privacyAccepted) {
    return (
      <View className={`page apply ${care ? 'care' : ''}`}>
        <View className="card privacy">
          <Text className="card-title">个人信息保护告知</Text>
          <Text className="hint">
            提出政府信息公开申请需要提供申请人的姓名或名称、证件号码、联系电话、通信地址等信息。这些信息仅用于办理您的申请和送达答复，加密保存，仅承办人员在办理中可查看，每次查看均有记录，不会出现在任何公开页面。
          </Text>
          <Text className="hint">依据：《中华人民共和国政府信息公开条例》第二十九条、《中华人民共和国个人信息保护法》。</Text>
          <Button className="primary-button" onClick={() => set('privacyAccepted', true)}>
            同意并继续
          </Button>
          <Button className="secondary-button" onClick={() => Taro.navigateBack()}>
            不同意
          </Button>
        </View>
      </View>
    );
  }

  return (
    <View className={`page apply ${care ? 'care' : ''}`}>
      <View className="card tips">
        <Text className="card-title">填写须知</Text>
        <Text className="hint">一事一申请：每份申请只写一项政府信息。请尽量写明文件名称、文号或发布时间，便于我们准确查找。我们自收到申请之日起 {REPLY_WORKING_DAYS} 个工作日内答复。</Text>
        <GuideLink>不清楚怎么申请？查看政府信息公开指南</GuideLink>
      </View>

      <View className="card">
        <Text className="card-title">申请人信息</Text>
        <View className="segmented">
          {(['citizen', 'organization'] as const).map((type) => (
            <Text key={type} className={`segment ${draft.type === type ? 'active' : ''}`} onClick={() => set('type', type)} aria-label={type === 'citizen' ? '公民' : '法人或其他组织'}>
              {type === 'citizen' ? '公民' : '法人或其他组织'}
            </Text>
          ))}
        </View>
        <FormField label={draft.type === 'citizen' ? '姓名' : '单位名称'} required error={errorOf('name')}>
          <Input value={draft.name} maxlength={100} placeholder={draft.type === 'citizen' ? '与证件一致' : '与营业执照一致'} onInput={(e) => set('name', e.detail.value)} aria-label="申请人名称" />
        </FormField>
        {draft.type === 'citizen' ? (
          <>
            <FormField label="证件类型" required>
              <Picker mode="selector" range={ID_TYPES.map((item) => item.label)} value={ID_TYPES.findIndex((item) => item.value === draft.idType)} onChange={(e) => set('idType', ID_TYPES[Number(e.detail.value)].value)}>
                <View className="picker-value">{ID_TYPES.find((item) => item.value === draft.idType)?.label} ›</View>
              </Picker>
            </FormField>
            <FormField label="证件号码" required error={errorOf('idNumber')}>
              <Input value={draft.idNumber} maxlength={30} placeholder="18 位身份证号码" onInput={(e) => set('idNumber', e.detail.value)} aria-label="证件号码" />
            </FormField>
            <FormField label="工作单位" error={errorOf('workUnit')}>
              <Input value={draft.workUnit} maxlength={100} placeholder="选填" onInput={(e) => set('workUnit', e.detail.value)} aria-label="工作单位" />
            </FormField>
          </>
        ) : (
          <>
            <FormField label="组织类型" required>
              <Picker mode="selector" range={ORGANIZATION_KINDS.map((item) => item.label)} value={ORGANIZATION_KINDS.findIndex((item) => item.value === draft.organizationKind)} onChange={(e) => set('organizationKind', ORGANIZATION_KINDS[Number(e.detail.value)].value)}>
                <View className="picker-value">{ORGANIZATION_KINDS.find((item) => item.value === draft.organizationKind)?.label} ›</View>
              </Picker>
            </FormField>
            <FormField label="统一社会信用代码" required error={errorOf('creditCode')}>
              <Input value={draft.creditCode} maxlength={18} placeholder="18 位" onInput={(e) => set('creditCode', e.detail.value)} aria-label="统一社会信用代码" />
            </FormField>
            <FormField label="法定代表人" required error={errorOf('legalRepresentative')}>
              <Input value={draft.legalRepresentative} maxlength={50} onInput={(e) => set('legalRepresentative', e.detail.value)} aria-label="法定代表人" />
            </FormField>
            <FormField label="联系人" required error={errorOf('contactName')}>
              <Input value={draft.contactName} maxlength={50} onInput={(e) => set('contactName', e.detail.value)} aria-label="联系人" />
            </FormField>
          </>
        )}
        <FormField label="联系电话" required error={errorOf('phone')}>
          <Input value={draft.phone} type="number" maxlength={20} placeholder="手机号码或带区号的固定电话" onInput={(e) => set('phone', e.detail.value)} aria-label="联系电话" />
        </FormField>
        <FormField label="通信地址" required error={errorOf('address')}>
          <Input value={draft.address} maxlength={200} placeholder="用于邮寄答复" onInput={(e) => set('address', e.detail.value)} aria-label="通信地址" />
        </FormField>
        <FormField label="邮政编码" error={errorOf('postcode')}>
          <Input value={draft.postcode} type="number" maxlength={6} placeholder="选填" onInput={(e) => set('postcode', e.detail.value)} aria-label="邮政编码" />
        </FormField>
        <FormField label="电子邮箱" error={errorOf('email')}>
          <Input value={draft.email} maxlength={100} placeholder="选择电子邮件方式时必填" onInput={(e) => set('email', e.detail.value)} aria-label="电子邮箱" />
        </FormField>
      </View>

      <View className="card">
        <Text className="card-title">所需政府信息</Text>
        <FormField label="信息名称" required error={errorOf('title')}>
          <Input value={draft.title} maxlength={200} placeholder="如：某某专项资金分配结果" onInput={(e) => set('title', e.detail.value)} aria-label="信息名称" />
        </FormField>
        <FormField label="文号" error={errorOf('documentNumber')}>
          <Input value={draft.documentNumber} maxlength={100} placeholder="选填，如 威工信发〔2024〕12号" onInput={(e) => set('documentNumber', e.detail.value)} aria-label="文号" />
        </FormField>
        <FormField label="内容描述" required error={errorOf('description')} hint="写明信息的内容、涉及的时间和范围；不必说明用途">
          <Textarea value={draft.description} maxlength={2000} placeholder="请具体描述您需要的政府信息" onInput={(e) => set('description', e.detail.value)} aria-label="内容描述" autoHeight />
        </FormField>
        <FormField label="用途" hint="选填">
          <Input value={draft.purpose} maxlength={500} onInput={(e) => set('purpose', e.detail.value)} aria-label="用途" />
        </FormField>
        <FormField label="提供方式" required>
          <Picker mode="selector" range={PROVISION.map(([, label]) => label)} value={PROVISION.findIndex(([value]) => value === draft.provisionMethod)} onChange={(e) => set('provisionMethod', PROVISION[Number(e.detail.value)][0])}>
            <View className="picker-value">{PROVISION_METHOD_LABELS[draft.provisionMethod]} ›</View>
          </Picker>
        </FormField>
        <FormField label="获取方式" required>
          <Picker mode="selector" range={DELIVERY.map(([, label]) => label)} value={DELIVERY.findIndex(([value]) => value === draft.deliveryMethod)} onChange={(e) => set('deliveryMethod', DELIVERY[Number(e.detail.value)][0])}>
            <View className="picker-value">{DELIVERY_METHOD_LABELS[draft.deliveryMethod]} ›</View>
          </Picker>
        </FormField>
      </View>

      <View className="card">
        <Text className="card-title">证明材料</Text>
        <AttachmentPicker
          purpose="identity_proof"
          label={draft.type === 'citizen' ? '身份证件' : '营业执照等证明'}
          hint={draft.type === 'citizen' ? '选填，身份证件的照片或扫描件，有助于我们核实申请人身份' : '选填，营业执照或登记证书的照片或扫描件'}
          files={draft.attachments}
          onChange={(files) => set('attachments', files)}
        />
        <AttachmentPicker
          purpose="power_of_attorney"
          label="授权委托书"
          hint="代他人或单位申请时上传"
          files={draft.attachments}
          onChange={(files) => set('attachments', files)}
        />
        {serverError?.field === 'attachmentIds' && <Text className="error-text">{serverError.message}</Text>}
      </View>

      <View className="card">
        <View className={`pledge ${errorOf('pledge') ? 'has-error' : ''}`} onClick={() => set('pledge', !draft.pledge)} role="checkbox" aria-checked={draft.pledge}>
          {/* The row is the checkbox (one control, one name): the box is only its picture. */}
          <View className={`pledge-box ${draft.pledge ? 'checked' : ''}`} aria-hidden="true">
            {draft.pledge ? '✓' : ''}
          </View>
          <Text className="pledge-text">本人承诺所填信息真实、准确，并对申请内容的真实性负责。</Text>
        </View>
        {errorOf('pledge') && <Text className="error-text">{errorOf('pledge')}</Text>}
        <Button className="primary-button submit" loading={submitting} disabled={submitting} onClick={submit}>
          提交申请
        </Button>
        <Text className="hint">填写内容会自动保存在本机，关闭后再打开可继续填写。</Text>
      </View>
    </View>
  );
}
