import { EnterpriseProfileInput, MyEnterpriseView, QUALIFICATION_LABELS, QualificationKind } from '@govopen/contracts';
import { checkCreditCode, checkPhone } from '@govopen/domain';

/** The 企业画像 as typed: numbers stay strings until sent, so a half-typed figure is not lost. */
export interface ProfileDraft {
  creditCode: string;
  name: string;
  legalRepresentative: string;
  industryCode: string;
  employees: string;
  revenueWanYuan: string;
  assetsWanYuan: string;
  district: string;
  foundedOn: string;
  registeredCapitalWanYuan: string;
  /** Kind → year obtained (as typed). */
  qualifications: Partial<Record<QualificationKind, string>>;
  contactName: string;
  contactPhone: string;
}

export type ProfileErrors = Partial<Record<keyof ProfileDraft | 'evidenceFileId' | `qualification.${QualificationKind}`, string>>;

export function emptyProfileDraft(): ProfileDraft {
  return {
    creditCode: '',
    name: '',
    legalRepresentative: '',
    industryCode: '',
    employees: '',
    revenueWanYuan: '',
    assetsWanYuan: '',
    district: '',
    foundedOn: '',
    registeredCapitalWanYuan: '',
    qualifications: {},
    contactName: '',
    contactPhone: '',
  };
}

export function draftOfEnterprise(enterprise: MyEnterpriseView): ProfileDraft {
  const section = enterprise.industry?.sectionCode ?? '';
  const code = enterprise.industry ? (enterprise.industry.code === section ? section : `${section}${enterprise.industry.code}`) : enterprise.industryCode;
  return {
    ...emptyProfileDraft(),
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    legalRepresentative: enterprise.legalRepresentative,
    industryCode: code,
    employees: String(enterprise.employees),
    revenueWanYuan: String(enterprise.revenueWanYuan),
    assetsWanYuan: enterprise.assetsWanYuan === null ? '' : String(enterprise.assetsWanYuan),
    district: enterprise.district,
    foundedOn: enterprise.foundedOn,
    registeredCapitalWanYuan: enterprise.registeredCapitalWanYuan === null ? '' : String(enterprise.registeredCapitalWanYuan),
    qualifications: Object.fromEntries(enterprise.qualifications.map((item) => [item.kind, String(item.year)])),
  };
}

const NUMBER = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The checks the API makes, as the person types (the API still has the last word; its field errors show here too). */
export function validateProfile(draft: ProfileDraft, { binding, today }: { binding: boolean; today: string }): ProfileErrors {
  const errors: ProfileErrors = {};
  if (binding) {
    errors.creditCode = draft.creditCode.trim() ? checkCreditCode(draft.creditCode) ?? undefined : '请填写统一社会信用代码';
    if (draft.contactPhone.trim()) errors.contactPhone = checkPhone(draft.contactPhone) ?? undefined;
  }
  if (!draft.name.trim()) errors.name = '请填写企业名称（与营业执照一致）';
  if (!draft.legalRepresentative.trim()) errors.legalRepresentative = '请填写法定代表人';
  if (!draft.industryCode) errors.industryCode = '请选择所属行业';
  if (!NUMBER.test(draft.employees.trim()) || draft.employees.includes('.')) errors.employees = '请填写从业人员人数（整数）';
  if (!NUMBER.test(draft.revenueWanYuan.trim())) errors.revenueWanYuan = '请填写上年营业收入（万元）';
  if (draft.assetsWanYuan.trim() && !NUMBER.test(draft.assetsWanYuan.trim())) errors.assetsWanYuan = '资产总额应为数字（万元）';
  if (draft.registeredCapitalWanYuan.trim() && !NUMBER.test(draft.registeredCapitalWanYuan.trim())) errors.registeredCapitalWanYuan = '注册资本应为数字（万元）';
  if (!draft.district) errors.district = '请选择所在区（市）';
  if (!DATE.test(draft.foundedOn.trim())) errors.foundedOn = '请按“2018-04-12”的格式填写成立日期';
  else if (draft.foundedOn > today) errors.foundedOn = '成立日期不能晚于今天';
  const thisYear = Number(today.slice(0, 4));
  for (const [kind, year] of Object.entries(draft.qualifications) as [QualificationKind, string][]) {
    const value = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || value > thisYear || value < 1990) errors[`qualification.${kind}`] = `请填写取得“${QUALIFICATION_LABELS[kind]}”的年份`;
  }
  for (const key of Object.keys(errors) as (keyof ProfileErrors)[]) if (!errors[key]) delete errors[key];
  return errors;
}

const optionalNumber = (value: string) => (value.trim() ? Number(value) : null);

export function profileInputOf(draft: ProfileDraft): EnterpriseProfileInput {
  return {
    name: draft.name.trim(),
    legalRepresentative: draft.legalRepresentative.trim(),
    industryCode: draft.industryCode,
    employees: Number(draft.employees),
    revenueWanYuan: Number(draft.revenueWanYuan),
    assetsWanYuan: optionalNumber(draft.assetsWanYuan),
    district: draft.district,
    foundedOn: draft.foundedOn.trim(),
    registeredCapitalWanYuan: optionalNumber(draft.registeredCapitalWanYuan),
    qualifications: (Object.entries(draft.qualifications) as [QualificationKind, string][]).map(([kind, year]) => ({ name: kind, year: Number(year) })),
  };
}
