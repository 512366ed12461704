import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { ApiRequestError, EnterpriseOptions, MediaFileView, MyEnterpriseView, QualificationKind } from '@govopen/contracts';
import { chinaToday } from '@govopen/domain';
import { useEffect, useMemo, useState } from 'react';
import { AttachmentPicker } from '../../../../components/attachment-picker';
import { FormField } from '../../../../components/form-field';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { ensureSignedIn } from '../../../../services/session';
import { offerSubscriptions } from '../../../../services/subscriptions';
import { ChipGroup } from '../../components/chip-group';
import { IndustrySelect } from '../../components/industry-select';
import { draftOfEnterprise, emptyProfileDraft, profileInputOf, ProfileDraft, ProfileErrors, validateProfile } from '../../components/profile-draft';
import '../../shared.scss';

/** 绑定企业 (no id) or 修改企业画像 (?id= of a verified enterprise): the same form, the credit code fixed once bound. */
export default function BindEnterprisePage() {
  const { params } = useRouter();
  const editingId = params.id ? Number(params.id) : null;
  const [care] = useCareMode();
  const [options, setOptions] = useState<EnterpriseOptions | null>(null);
  const [editing, setEditing] = useState<MyEnterpriseView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<ProfileDraft>(emptyProfileDraft);
  const [evidence, setEvidence] = useState<MediaFileView[]>([]);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useMemo(() => validateProfile(draft, { binding: !editingId, today: chinaToday() }), [draft, editingId]);

  const load = async () => {
    setLoadError(null);
    try {
      setOptions(await api.enterpriseOptions());
      if (editingId) {
        Taro.setNavigationBarTitle({ title: '修改企业信息' });
        await ensureSignedIn();
        const enterprise = await api.enterprises.get(editingId);
        setEditing(enterprise);
        setDraft(draftOfEnterprise(enterprise));
      }
    } catch (caught) {
      setLoadError(errorMessage(caught));
    }
  };
  useEffect(() => {
    load();
  }, []);

  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setTouched((previous) => new Set(previous).add(key));
    setServerError(null);
  };
  const errorOf = (key: keyof ProfileErrors): string | null => {
    // The API names the field as sent (qualifications[0].name): its first segment is the form's field.
    const serverField = serverError?.field?.split(/[.[]/)[0];
    if (serverError && serverField === key) return serverError.message;
    return touched.has(key.split('.')[0]) ? errors[key] ?? null : null;
  };
  const toggleQualification = (kind: QualificationKind) => {
    const next = { ...draft.qualifications };
    if (kind in next) delete next[kind];
    else next[kind] = '';
    set('qualifications', next);
  };

  const submit = async () => {
    setTouched(new Set(Object.keys(draft)));
    if (Object.keys(errors).length) {
      Taro.showToast({ title: '请先修正标红的内容', icon: 'none' });
      return;
    }
    setSubmitting(true);
    try {
      await ensureSignedIn();
      if (editing) {
        await api.enterprises.update(editing.id, { ...profileInputOf(draft), version: editing.version });
        Taro.showToast({ title: '已保存', icon: 'success' });
        Taro.navigateBack();
      } else {
        // Asked on the tap itself (WeChat allows the prompt only from a gesture): the verdict and later pushes.
        await offerSubscriptions(['policy_push']);
        await api.enterprises.bind({
          ...profileInputOf(draft),
          creditCode: draft.creditCode.trim().toUpperCase(),
          evidenceFileId: evidence[0]?.id ?? null,
          contactName: draft.contactName.trim() || null,
          contactPhone: draft.contactPhone.trim() || null,
        });
        Taro.redirectTo({ url: '/packages/enterprise/pages/center/index?bound=1' });
      }
    } catch (caught) {
      if (caught instanceof ApiRequestError) setServerError({ field: caught.body.field, message: caught.message });
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3500 });
    } finally {
      setSubmitting(false);
    }
  };

  if (loadError) {
    return (
      <View className={`page enterprise ${care ? 'care' : ''}`}>
        <View className="card">
          <Text className="error-text">{loadError}</Text>
          <Button className="secondary-button" onClick={load}>
            重试
          </Button>
        </View>
      </View>
    );
  }
  if (!options || (editingId && !editing)) {
    return (
      <View className={`page enterprise ${care ? 'care' : ''}`}>
        <View className="card loading">正在加载…</View>
      </View>
    );
  }

  return (
    <View className={`page enterprise ${care ? 'care' : ''}`}>
      {!editing && (
        <View className="card">
          <Text className="card-title">绑定说明</Text>
          <Text className="hint">
            绑定后，我们会按企业画像为您匹配惠企政策并推送申报通知。为防止冒用，绑定需经工作人员核对授权书或营业执照后生效，一般 3 个工作日内完成；也可以请本企业已认证的管理员邀请您加入。
          </Text>
        </View>
      )}
      <View className="card">
        <Text className="card-title">企业信息</Text>
        <FormField label="统一社会信用代码" required error={errorOf('creditCode')} hint={editing ? '绑定后不能修改' : '18 位，见营业执照'}>
          {editing ? (
            <Text>{editing.creditCode}</Text>
          ) : (
            <Input value={draft.creditCode} maxlength={18} placeholder="如 91371000MA3C4K7L5R" onInput={(event) => set('creditCode', event.detail.value)} aria-label="统一社会信用代码" />
          )}
        </FormField>
        <FormField label="企业名称" required error={errorOf('name')}>
          <Input value={draft.name} maxlength={100} placeholder="与营业执照一致" onInput={(event) => set('name', event.detail.value)} aria-label="企业名称" />
        </FormField>
        <FormField label="法定代表人" required error={errorOf('legalRepresentative')}>
          <Input value={draft.legalRepresentative} maxlength={50} onInput={(event) => set('legalRepresentative', event.detail.value)} aria-label="法定代表人" />
        </FormField>
        <View className="field-block">
          <Text className="field-block-label">
            <Text className="required-mark">*</Text>行业（国民经济行业分类）
          </Text>
          <IndustrySelect industries={options.industries} value={draft.industryCode} onChange={(code) => set('industryCode', code)} />
          {errorOf('industryCode') && <Text className="error-text">{errorOf('industryCode')}</Text>}
        </View>
        <FormField label="从业人员（人）" required error={errorOf('employees')}>
          <Input value={draft.employees} type="number" maxlength={7} placeholder="上年末人数" onInput={(event) => set('employees', event.detail.value)} aria-label="从业人员" />
        </FormField>
        <FormField label="营业收入（万元）" required error={errorOf('revenueWanYuan')}>
          <Input value={draft.revenueWanYuan} type="digit" maxlength={12} placeholder="上年全年" onInput={(event) => set('revenueWanYuan', event.detail.value)} aria-label="营业收入（万元）" />
        </FormField>
        <FormField label="资产总额（万元）" error={errorOf('assetsWanYuan')} hint="部分行业按资产总额划分规模">
          <Input value={draft.assetsWanYuan} type="digit" maxlength={12} placeholder="选填" onInput={(event) => set('assetsWanYuan', event.detail.value)} aria-label="资产总额（万元）" />
        </FormField>
        <View className="field-block">
          <Text className="field-block-label">
            <Text className="required-mark">*</Text>所在区（市）
          </Text>
          <ChipGroup label="所在区（市）" options={options.districts.map((value) => ({ value, label: value }))} selected={[draft.district]} onToggle={(value) => set('district', value)} />
          {errorOf('district') && <Text className="error-text">{errorOf('district')}</Text>}
        </View>
        <FormField label="成立日期" required error={errorOf('foundedOn')}>
          <Input value={draft.foundedOn} maxlength={10} placeholder="如 2018-04-12" onInput={(event) => set('foundedOn', event.detail.value)} aria-label="成立日期" />
        </FormField>
        <FormField label="注册资本（万元）" error={errorOf('registeredCapitalWanYuan')}>
          <Input value={draft.registeredCapitalWanYuan} type="digit" maxlength={12} placeholder="选填" onInput={(event) => set('registeredCapitalWanYuan', event.detail.value)} aria-label="注册资本（万元）" />
        </FormField>
      </View>

      <View className="card">
        <Text className="card-title">企业资质</Text>
        <Text className="hint">选择已取得的资质并填写取得年份，没有可不选。</Text>
        <ChipGroup
          label="企业资质"
          multiple
          options={options.qualifications.map((item) => ({ value: item.kind, label: item.label }))}
          selected={Object.keys(draft.qualifications) as QualificationKind[]}
          onToggle={toggleQualification}
        />
        {options.qualifications
          .filter((item) => item.kind in draft.qualifications)
          .map((item) => (
            <FormField key={item.kind} label={`${item.label} 取得年份`} required error={errorOf(`qualification.${item.kind}`)}>
              <Input
                value={draft.qualifications[item.kind]}
                type="number"
                maxlength={4}
                placeholder="如 2023"
                onInput={(event) => set('qualifications', { ...draft.qualifications, [item.kind]: event.detail.value })}
                aria-label={`${item.label}取得年份`}
              />
            </FormField>
          ))}
        {errorOf('qualifications') && <Text className="error-text">{errorOf('qualifications')}</Text>}
      </View>

      {!editing && (
        <View className="card">
          <Text className="card-title">核验材料与联系方式</Text>
          <AttachmentPicker
            purpose="enterprise_evidence"
            label="授权书或营业执照"
            hint="法定代表人本人绑定可上传营业执照；他人代为绑定请上传加盖公章的授权书"
            files={evidence}
            onChange={setEvidence}
            max={1}
          />
          {errorOf('evidenceFileId') && <Text className="error-text">{errorOf('evidenceFileId')}</Text>}
          <FormField label="联系人" error={errorOf('contactName')}>
            <Input value={draft.contactName} maxlength={50} placeholder="选填，便于工作人员核实" onInput={(event) => set('contactName', event.detail.value)} aria-label="联系人" />
          </FormField>
          <FormField label="联系电话" error={errorOf('contactPhone')}>
            <Input value={draft.contactPhone} type="number" maxlength={20} placeholder="选填，加密保存" onInput={(event) => set('contactPhone', event.detail.value)} aria-label="联系电话" />
          </FormField>
        </View>
      )}

      <View className="card">
        <Button className="primary-button" loading={submitting} disabled={submitting} onClick={submit}>
          {editing ? '保存修改' : '提交绑定申请'}
        </Button>
        <Text className="hint">{editing ? '每次修改都会留存记录（修改人、时间、内容）。' : '联系电话加密保存，仅审核人员在核实时可查看，每次查看均有记录。'}</Text>
      </View>
    </View>
  );
}
