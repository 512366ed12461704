import { DisclosureActionType, REVIEW_KIND_LABELS, REVIEW_RESULT_LABELS } from '@govopen/contracts';
import { ALL_OUTCOMES, outcomeInfo } from '@govopen/domain';

export type FieldKind = 'text' | 'textarea' | 'date' | 'number' | 'unit' | 'units' | 'select' | 'boolean';

export interface ActionField {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: { value: string | number | boolean; label: string }[];
  extra?: string;
  /** The reply's outcome list: only the outcomes the case's facts allow (the API's `allowedOutcomes`). */
  allowedOutcomesOnly?: boolean;
  /** Shown (and required) only when the chosen outcome must name a channel, a source or the competent agency. */
  referral?: 'name' | 'contact';
}

export interface ActionSpec {
  type: DisclosureActionType;
  label: string;
  primary?: boolean;
  danger?: boolean;
  confirm?: string;
  fields: ActionField[];
}

function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

export const OUTCOME_OPTIONS = ALL_OUTCOMES.map((outcome) => {
  const info = outcomeInfo(outcome);
  return { value: outcome, label: `${info.row} ${info.group}${info.group === info.label ? '' : ` — ${info.label}`}${info.article ? `（${info.article}）` : ''}` };
});

/** What the 告知去向 field asks for, by the outcome's referral (Art. 36(5), 39). */
export const REFERRAL_LABELS = {
  channel: '可以提出信访、投诉、举报的渠道（第三十九条第一款）',
  source: '获取该公开出版物的途径（第三十九条第二款）',
  competent_agency: '负责公开该信息的机关（第三十六条第（五）项）',
} as const;

/**
 * How each action looks and what it asks for, in the order of the work. Which of them a case offers is the API's
 * answer (`allowedActions`, the domain's rule); a key per action, so a new action without its form does not compile.
 */
const FORMS: { [Type in DisclosureActionType]: Omit<ActionSpec, 'type'> } = {
  register: { label: '登记受理', primary: true, fields: [{ name: 'receivedDate', label: '收到申请日期（第三十一条：网络申请以双方确认之日为准）', kind: 'date' }] },
  assign: { label: '分办', primary: true, fields: [{ name: 'unitId', label: '承办科室', kind: 'unit', required: true }, { name: 'assistUnitIds', label: '协办科室', kind: 'units' }] },
  'request-supplement': { label: '要求补正', fields: [{ name: 'items', label: '需补正的事项（一次性告知全部事项）', kind: 'textarea', required: true }, { name: 'dueDate', label: '补正期限', kind: 'date', required: true }] },
  'receive-supplement': { label: '登记补正材料', primary: true, fields: [{ name: 'date', label: '收到补正日期', kind: 'date' }] },
  'expire-supplement': { label: '逾期未补正', danger: true, confirm: '视为申请人放弃申请（第三十条），本申请将办结。确定？', fields: [] },
  consult: { label: '征求意见', fields: [
      { name: 'party', label: '征求对象', kind: 'select', required: true, options: [{ value: 'third_party', label: '第三方（第三十二条）' }, { value: 'agency', label: '其他机关（第三十四条）' }] },
      { name: 'partyName', label: '对象名称', kind: 'text', required: true },
      { name: 'question', label: '征求意见事项', kind: 'textarea', required: true },
    ] },
  'record-consultation-receipt': { label: '登记对方收函日期', fields: [{ name: 'date', label: '对方收到征求意见函的日期（15 个工作日自次日起算）', kind: 'date', required: true }] },
  'record-consultation': { label: '登记意见', primary: true, fields: [
      { name: 'consent', label: '对方意见', kind: 'boolean', required: true, options: [{ value: true, label: '同意公开' }, { value: false, label: '不同意公开' }] },
      { name: 'opinion', label: '意见内容', kind: 'textarea', required: true },
      { name: 'date', label: '收到意见的日期（不填为今天）', kind: 'date' },
    ] },
  'expire-consultation': { label: '期满未答复', confirm: '征求意见期满未答复：其他机关逾期未答复视为同意；第三方逾期未提出意见的，由本机关依法决定。确定？', fields: [] },
  extend: { label: '申请延期', fields: [{ name: 'days', label: '延长工作日（最多 20 日）', kind: 'number', required: true }, { name: 'reason', label: '延期理由（将告知申请人）', kind: 'textarea', required: true }] },
  'approve-extension': { label: '批准延期', primary: true, fields: [] },
  'reject-extension': { label: '不批准延期', fields: [{ name: 'reason', label: '理由', kind: 'textarea', required: true }] },
  claim: { label: '认领', fields: [] },
  transfer: { label: '转办', fields: [{ name: 'unitId', label: '转至科室', kind: 'unit', required: true }, { name: 'reason', label: '转办理由', kind: 'textarea', required: true }] },
  'request-reasons': { label: '要求说明理由', fields: [
      { name: 'note', label: '说明（第三十五条：申请数量、频次明显超过合理范围）', kind: 'textarea', required: true },
      { name: 'dueDate', label: '说明理由的期限（不填为 5 个工作日）', kind: 'date' },
    ] },
  'judge-reasons': { label: '认定申请理由', fields: [
      { name: 'reasonable', label: '申请理由', kind: 'boolean', required: true, options: [{ value: true, label: '合理（继续办理或确定延迟答复期限）' }, { value: false, label: '不合理（可答复不予处理）' }] },
      { name: 'note', label: '认定意见', kind: 'textarea', required: true },
    ] },
  'set-deadline': { label: '确定延迟答复期限', fields: [{ name: 'dueDate', label: '延迟答复期限（第三十五条）', kind: 'date', required: true }, { name: 'reason', label: '延迟理由（写入延迟答复告知书）', kind: 'textarea', required: true }] },
  'notify-fee': { label: '收费通知', fields: [
      { name: 'basis', label: '计收方式（按件、按量不得同时适用）', kind: 'select', required: true, options: [{ value: 'count', label: '按件（申请人本月申请件数）' }, { value: 'pages', label: '按量（本件页数）' }] },
      { name: 'pages', label: '页数（按量时填写）', kind: 'number' },
    ] },
  'record-fee-receipt': { label: '登记收到收费通知', fields: [{ name: 'date', label: '申请人收到收费通知的日期（邮寄签收或当面送达；20 个工作日自次日起算）', kind: 'date', required: true }] },
  'record-payment': { label: '登记缴费', primary: true, fields: [] },
  'expire-fee': { label: '逾期未缴费', danger: true, confirm: '视为申请人放弃申请，本申请将办结。确定？', fields: [] },
  reply: { label: '答复', primary: true, fields: [
      { name: 'outcome', label: '答复结果（年度报告分类）', kind: 'select', required: true, options: OUTCOME_OPTIONS, allowedOutcomesOnly: true },
      { name: 'referral', label: '告知去向', kind: 'text', required: true, referral: 'name' },
      { name: 'referralContact', label: '负责公开的机关的联系方式', kind: 'text', required: true, referral: 'contact' },
      { name: 'note', label: '说明', kind: 'textarea' },
    ] },
  'supplementary-reply': { label: '补充答复', fields: [{ name: 'note', label: '补充答复内容', kind: 'textarea', required: true }] },
  'record-review': { label: '登记复议/诉讼', fields: [
      { name: 'kind', label: '类型', kind: 'select', required: true, options: optionsOf(REVIEW_KIND_LABELS) },
      { name: 'result', label: '结果', kind: 'select', required: true, options: optionsOf(REVIEW_RESULT_LABELS) },
    ] },
  withdraw: { label: '登记撤回', danger: true, fields: [{ name: 'note', label: '撤回说明（申请人书面或当面撤回）', kind: 'textarea' }] },
};

export const ACTIONS: ActionSpec[] = (Object.keys(FORMS) as DisclosureActionType[]).map((type) => ({ type, ...FORMS[type] }));
