import { formatChinaDay } from '../calendar/china-display';
import { isLocalDate, LocalDate } from '../calendar/local-date';
import { classifyEnterpriseSize } from './classify-enterprise-size';
import { EnterpriseProfile } from './enterprise-profile';
import { EnterpriseSize, SIZE_LABELS } from './enterprise-size';
import { industryOf } from './industry-of';
import { parseIndustryCode } from './parse-industry-code';
import { PolicyConditions } from './policy-conditions';
import { QUALIFICATION_LABELS } from './qualification';
import { sizeGroupOf } from './size-group-of';

export type PolicyVerdict = 'yes' | 'no' | 'check';

export const POLICY_VERDICT_LABELS: Record<PolicyVerdict, string> = { yes: '符合', no: '不符合', check: '需要核实' };

export interface PolicyMatch {
  /** yes: every condition is met; no: one is not; check: nothing says no, but a person must look at something. */
  verdict: PolicyVerdict;
  /** In Chinese, for the enterprise: why yes, why not, or what to check or fill in. */
  reasons: string[];
}

/** One answer of one condition: the sentence, and for a met condition that says who the enterprise is, that fact. */
interface Finding {
  verdict: PolicyVerdict;
  text: string;
  fact?: string;
}

interface Outcome {
  verdict: PolicyVerdict;
  findings: Finding[];
}

type Leaf<K extends PolicyConditions['kind']> = Extract<PolicyConditions, { kind: K }>;

function leaf(verdict: PolicyVerdict, text: string, fact?: string): Outcome {
  return { verdict, findings: [{ verdict, text, fact }] };
}

function industryLabel(code: string): string {
  const industry = industryOf(code);
  return industry ? `${industry.name}（${industry.code}）` : code;
}

function matchIndustry(profile: EnterpriseProfile, condition: Leaf<'industry'>): Outcome {
  const wanted = condition.codes.map(industryLabel).join('、');
  if (!profile.industryCode) return leaf('check', `请补充您的所属行业：本政策面向 ${wanted}`);
  const parts = parseIndustryCode(profile.industryCode);
  if (!parts) return leaf('check', `请核实您的所属行业：行业代码“${profile.industryCode}”无法识别，本政策面向 ${wanted}`);
  const own = industryLabel(parts.division ?? parts.section);
  const hit = condition.codes.find((code) => code === parts.section || code === parts.division);
  if (hit) return leaf('yes', `所属行业：本政策面向 ${wanted}，您的企业属于 ${own}，满足`, industryLabel(hit));
  // Only a 门类 is known and the policy names a 大类 inside it: the 大类 decides.
  const inside = condition.codes.filter((code) => !parts.division && industryOf(code)?.section === parts.section);
  if (inside.length > 0) return leaf('check', `请补充您的行业大类：本政策面向 ${wanted}，您只填写了 ${own}`);
  return leaf('no', `所属行业：本政策面向 ${wanted}，您的企业属于 ${own}，不满足`);
}

function sizeOf(profile: EnterpriseProfile): { size: EnterpriseSize; explained?: string } | { size: null; missing: string } {
  if (profile.size) return { size: profile.size };
  if (!profile.figures) return { size: null, missing: '请补充您的企业规模（或从业人员、营业收入、资产总额）' };
  if (!profile.industryCode) return { size: null, missing: '请补充您的所属行业，以便按行业标准判定企业规模' };
  const resolution = sizeGroupOf(profile.industryCode);
  switch (resolution.kind) {
    case 'unknown':
      return { size: null, missing: `请核实您的所属行业：${resolution.reason}` };
    case 'outside':
      return { size: null, missing: `${resolution.reason}，请直接填写您的企业规模` };
    case 'ambiguous':
      return { size: null, missing: resolution.reason };
    case 'group': {
      const result = classifyEnterpriseSize(profile.industryCode, profile.figures);
      // The reason names the figure still needed.
      if (result.size === null) return { size: null, missing: result.reason };
      return { size: result.size, explained: result.reason };
    }
  }
}

function matchSize(profile: EnterpriseProfile, condition: Leaf<'size'>): Outcome {
  const wanted = `${condition.sizes.map((size) => SIZE_LABELS[size]).join('、')}企业`;
  const known = sizeOf(profile);
  if (known.size === null) return leaf('check', `${known.missing.replace(/。$/, '')}。本政策面向 ${wanted}`);
  const own = `${SIZE_LABELS[known.size]}企业`;
  if (!condition.sizes.includes(known.size)) {
    const explained = known.explained ? `（${known.explained.replace(/。$/, '')}）` : '';
    return leaf('no', `企业规模：本政策面向 ${wanted}，您的企业为${own}${explained}，不满足`);
  }
  const met = leaf('yes', `企业规模：您的企业为${own}，满足`, own);
  // A size computed from the figures shows how, beside the fact.
  if (known.explained) met.findings.push({ verdict: 'yes', text: known.explained });
  return met;
}

function matchDistrict(profile: EnterpriseProfile, condition: Leaf<'district'>): Outcome {
  const wanted = condition.districts.join('、');
  const own = profile.district?.trim();
  if (!own) return leaf('check', `请补充您的所在区县：本政策面向 ${wanted}`);
  if (condition.districts.some((district) => district.trim() === own)) return leaf('yes', `所在区县：您的企业在 ${own}，满足`, own);
  return leaf('no', `所在区县：本政策面向 ${wanted}，您的企业在 ${own}，不满足`);
}

function yearWindow(from?: number, to?: number): string {
  if (from !== undefined && to !== undefined) return from === to ? `${from} 年认定的` : `${from}—${to} 年认定的`;
  if (from !== undefined) return `${from} 年及以后认定的`;
  if (to !== undefined) return `${to} 年及以前认定的`;
  return '';
}

function matchQualification(profile: EnterpriseProfile, condition: Leaf<'qualification'>): Outcome {
  const { obtainedFromYear: from, obtainedToYear: to } = condition;
  const window = yearWindow(from, to);
  const wanted = `${window}${condition.qualifications.map((kind) => QUALIFICATION_LABELS[kind]).join('、')}`;
  if (!profile.qualifications) return leaf('check', `请补充您的企业资质：本政策面向 ${wanted}`);
  const held = profile.qualifications.filter((qualification) => condition.qualifications.includes(qualification.kind));
  const inWindow = (year: number) => (from === undefined || year >= from) && (to === undefined || year <= to);
  const hit = held.find((qualification) => qualification.year === undefined ? !window : inWindow(qualification.year));
  if (hit) {
    const label = QUALIFICATION_LABELS[hit.kind];
    const fact = window ? `${label}（${hit.year} 年认定）` : label;
    return leaf('yes', `企业资质：您的企业是 ${fact}，满足`, fact);
  }
  if (held.length === 0) return leaf('no', `企业资质：本政策面向 ${wanted}，您的企业没有这些资质，不满足`);
  // A qualification named without its year (the 政策计算器 takes names alone) cannot be put in or out of a window.
  const undated = held.find((qualification) => qualification.year === undefined);
  if (undated) return leaf('check', `请补充您的${QUALIFICATION_LABELS[undated.kind]}认定年份：本政策面向 ${wanted}`);
  const years = held.map((qualification) => `${QUALIFICATION_LABELS[qualification.kind]}（${qualification.year} 年认定）`).join('、');
  return leaf('no', `企业资质：本政策面向 ${wanted}，您的企业为 ${years}，不满足`);
}

/** The n-th anniversary; a 29 February founding falls on 28 February in common years (民法典 Art. 202's month-end rule). */
function anniversary(founded: LocalDate, years: number): LocalDate {
  const year = Number(founded.slice(0, 4)) + years;
  const candidate = `${String(year).padStart(4, '0')}${founded.slice(4)}`;
  return isLocalDate(candidate) ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

function matchFounded(profile: EnterpriseProfile, condition: Leaf<'founded'>, today: LocalDate): Outcome {
  const { foundedYearsAtLeast: least, foundedYearsAtMost: most } = condition;
  const parts = [least !== undefined ? `成立满 ${least} 年` : '', most !== undefined ? `不超过 ${most} 年` : ''].filter(Boolean);
  const wanted = least !== undefined ? parts.join('且') : `成立${parts.join('')}`;
  const founded = profile.foundedDate;
  if (!founded) return leaf('check', `请补充您的企业成立日期：本政策要求${wanted}`);
  if (!isLocalDate(founded) || founded > today) return leaf('check', `请核实您的企业成立日期“${founded}”：本政策要求${wanted}`);
  const met = (least === undefined || today >= anniversary(founded, least)) && (most === undefined || today <= anniversary(founded, most));
  return leaf(met ? 'yes' : 'no', `${wanted}：您的企业成立于 ${formatChinaDay(founded)}，${met ? '满足' : '不满足'}`);
}

function combine(kind: 'all' | 'any', outcomes: Outcome[]): Outcome {
  const has = (verdict: PolicyVerdict) => outcomes.some((outcome) => outcome.verdict === verdict);
  const of = (verdict: PolicyVerdict) => outcomes.filter((outcome) => outcome.verdict === verdict).flatMap((outcome) => outcome.findings);
  if (kind === 'all') {
    if (has('no')) return { verdict: 'no', findings: of('no').filter((finding) => finding.verdict === 'no') };
    return { verdict: has('check') ? 'check' : 'yes', findings: outcomes.flatMap((outcome) => outcome.findings) };
  }
  if (has('yes')) return { verdict: 'yes', findings: outcomes.find((outcome) => outcome.verdict === 'yes')!.findings };
  const verdict: PolicyVerdict = has('check') ? 'check' : 'no';
  const findings = verdict === 'check' ? of('check').filter((finding) => finding.verdict === 'check') : of('no');
  if (outcomes.length < 2) return { verdict, findings };
  return { verdict, findings: [{ verdict, text: '以下条件满足其一即可：' }, ...findings] };
}

function evaluate(profile: EnterpriseProfile, conditions: PolicyConditions, today: LocalDate): Outcome {
  switch (conditions.kind) {
    case 'all':
    case 'any':
      return combine(conditions.kind, conditions.of.map((condition) => evaluate(profile, condition, today)));
    case 'industry':
      return matchIndustry(profile, conditions);
    case 'size':
      return matchSize(profile, conditions);
    case 'district':
      return matchDistrict(profile, conditions);
    case 'qualification':
      return matchQualification(profile, conditions);
    case 'founded':
      return matchFounded(profile, conditions, today);
    case 'text':
      return leaf('check', `需要您核实：${conditions.text}`);
  }
}

/** "因为您是 专精特新中小企业 · 制造业（C）· 环翠区". */
function joinFacts(facts: string[]): string {
  return facts.join(' · ').replace(/） ·/g, '）·');
}

/**
 * Whether an enterprise (or a visitor's partial answers) meets a policy's conditions on a day, explained in words.
 * A free-text condition asks a person to check unless another condition already says no; a condition on something the
 * profile does not say asks for it, never refuses. `today` is passed in, never read from the clock.
 */
export function matchPolicy(profile: EnterpriseProfile, conditions: PolicyConditions, today: LocalDate): PolicyMatch {
  if (!isLocalDate(today)) throw new RangeError(`not a calendar date: ${today}`);
  const { verdict, findings } = evaluate(profile, conditions, today);
  const facts = findings.filter((finding) => finding.verdict === 'yes' && finding.fact).map((finding) => finding.fact!);
  switch (verdict) {
    case 'yes': {
      const others = findings.filter((finding) => !finding.fact).map((finding) => finding.text);
      return { verdict, reasons: facts.length > 0 ? [`因为您是 ${joinFacts(facts)}`, ...others] : others };
    }
    case 'no':
      return { verdict, reasons: findings.filter((finding) => finding.verdict === 'no').map((finding) => finding.text) };
    case 'check': {
      const open = findings.filter((finding) => finding.verdict !== 'yes').map((finding) => finding.text);
      return { verdict, reasons: facts.length > 0 ? [...open, `已符合：${joinFacts(facts)}`] : open };
    }
  }
}
