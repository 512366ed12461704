import { LocalDate } from '../calendar/local-date';
import { ALL_OUTCOMES, Outcome, outcomeInfo } from './outcome';

export type LetterKind = 'reply' | 'supplement' | 'extension' | 'consultation' | 'fee' | 'reasons' | 'later_deadline';

/** What a letter needs to know of the case; dates are China dates. */
export interface LetterFacts {
  agencyName: string;
  /** 复议机关: the people's government at the same level, since the 2023 行政复议法 revision. */
  reviewBody: string;
  trackingNumber: string;
  applicantName: string;
  requestTitle: string;
  receivedDate: LocalDate;
  issuedDate: LocalDate;
  outcome?: Outcome;
  note?: string | null;
  supplementItems?: string;
  supplementDueDate?: LocalDate;
  extensionDays?: number;
  extensionReason?: string;
  newDueDate?: LocalDate;
  /** The consulted third party or agency; the letter goes to them, not to the applicant. */
  consultedParty?: 'third_party' | 'agency';
  consultedName?: string;
  consultationQuestion?: string;
  consultationDueDate?: LocalDate;
  feeYuan?: number;
  feeBasis?: string;
  /** Where to raise a petition, where to obtain a publication, or the competent agency (Art. 36(5), 39). */
  referral?: string | null;
  referralContact?: string | null;
  /** Art. 35: the day by which the applicant may give reasons, and a later reasonable deadline with its reason. */
  reasonsDueDate?: LocalDate;
  laterDueDate?: LocalDate;
  laterDeadlineReason?: string;
}

export interface Letter {
  title: string;
  number: string;
  recipient: string;
  paragraphs: string[];
  signature: string;
  date: string;
}

/**
 * A letter's wording with {{占位符}} for the case's facts. Agencies edit these (their own tone, contact lines); the
 * facts, the article and the remedies sentence come from the case, so an edit cannot get the law wrong.
 */
export interface LetterTemplate {
  title: string;
  /** Paragraphs; one that renders empty (an absent 说明) is dropped. */
  paragraphs: string[];
}

/** Template keys: one per letter kind, and one per reply outcome (`reply:<outcome>`). */
export type LetterTemplateKey = Exclude<LetterKind, 'reply'> | `reply:${Outcome}`;

export const LETTER_PLACEHOLDERS = {
  机关名称: '本机关名称',
  受理编号: '申请的受理编号',
  申请人: '申请人姓名或名称',
  信息名称: '申请获取的信息名称',
  收到日期: '收到申请（或补正）的日期',
  发文日期: '告知书的日期',
  答复类型: '答复结果的名称（如“属于国家秘密”）',
  法律依据: '“根据《中华人民共和国政府信息公开条例》第X条的规定，”（无条款时为空）',
  说明: '承办人填写的说明（无则整段省略）',
  救济途径: '行政复议和行政诉讼的权利与期限',
  补正内容: '需要补正的内容',
  补正期限: '补正的最后日期',
  延长天数: '延长的工作日数',
  延期理由: '延期的理由',
  新答复期限: '延期后的答复期限',
  征询对象: '被征求意见的第三方或机关',
  征询事项: '征求意见的事项',
  征询期限: '提出意见的最后日期',
  逾期后果: '逾期不提意见的后果（第三十二条或第三十四条）',
  收费金额: '信息处理费金额（元）',
  收费依据: '计费方式（按件或按量）',
  缴费期限: '缴费的期限（自申请人收到通知之日起 20 个工作日）',
  去向: '相应渠道、获取途径或负责公开的机关（第三十六条第（五）项、第三十九条）',
  去向联系方式: '负责公开的机关的联系方式',
  说明理由期限: '申请人说明理由的最后日期（第三十五条）',
  延迟答复期限: '确定的延迟答复期限（第三十五条）',
  延迟理由: '延迟答复的理由',
} as const;

export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

/** Placeholders a template of each key must keep: what the law requires the letter to say. */
function requiredPlaceholders(key: LetterTemplateKey): LetterPlaceholder[] {
  if (key.startsWith('reply:')) {
    const referral = outcomeInfo(key.slice('reply:'.length) as Outcome).referral;
    if (referral === 'competent_agency') return ['受理编号', '救济途径', '去向', '去向联系方式'];
    return referral ? ['受理编号', '救济途径', '去向'] : ['受理编号', '救济途径'];
  }
  switch (key) {
    case 'supplement':
      return ['受理编号', '补正内容', '补正期限'];
    case 'extension':
      return ['受理编号', '延长天数', '新答复期限'];
    case 'consultation':
      return ['征询事项', '征询期限'];
    case 'fee':
      return ['受理编号', '收费金额', '缴费期限'];
    case 'reasons':
      return ['受理编号', '说明理由期限'];
    case 'later_deadline':
      return ['受理编号', '延迟答复期限', '延迟理由'];
    default:
      return [];
  }
}

export const LETTER_TITLES: Record<LetterKind, string> = {
  reply: '政府信息公开申请答复告知书',
  supplement: '补正申请告知书',
  extension: '延期答复告知书',
  consultation: '政府信息公开征求意见函',
  fee: '信息处理费缴纳通知书',
  reasons: '要求说明理由告知书',
  later_deadline: '延迟答复告知书',
};

const NUMBER_SUFFIX: Record<LetterKind, string> = {
  reply: '答',
  supplement: '补',
  extension: '延',
  consultation: '征',
  fee: '费',
  reasons: '理',
  later_deadline: '迟',
};

const REPLY_OPENING = '本机关于{{收到日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{信息名称}}”。经审查，现答复如下：';

export const LETTER_TEMPLATE_KEYS: readonly LetterTemplateKey[] = [
  'supplement',
  'extension',
  'consultation',
  'fee',
  'reasons',
  'later_deadline',
  ...ALL_OUTCOMES.map((outcome) => `reply:${outcome}` as const),
];

/** The wording an agency starts from; the defaults follow the templates provincial offices publish. */
export function defaultLetterTemplate(key: LetterTemplateKey): LetterTemplate {
  if (key.startsWith('reply:')) {
    const info = outcomeInfo(key.slice('reply:'.length) as Outcome);
    return { title: LETTER_TITLES.reply, paragraphs: [REPLY_OPENING, info.decision, '说明：{{说明}}', '{{救济途径}}'] };
  }
  switch (key) {
    case 'supplement':
      return {
        title: LETTER_TITLES.supplement,
        paragraphs: [
          '本机关于{{收到日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}）。经审查，您的申请内容不够明确。',
          '根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于{{补正期限}}前对以下内容作出补正：{{补正内容}}',
          '答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
        ],
      };
    case 'extension':
      return {
        title: LETTER_TITLES.extension,
        paragraphs: [
          '本机关于{{收到日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}）。',
          '因{{延期理由}}，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{{延长天数}}个工作日，最迟于{{新答复期限}}前答复。',
        ],
      };
    case 'consultation':
      // Sent to the third party: it names the information asked for, never the applicant (their personal data).
      return {
        title: LETTER_TITLES.consultation,
        paragraphs: [
          '本机关收到一份政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{信息名称}}”。该信息可能涉及贵方的合法权益。',
          '{{法律依据}}现就以下事项征求贵方意见：{{征询事项}}',
          '请于{{征询期限}}前以书面形式提出意见，并说明理由。{{逾期后果}}',
        ],
      };
    case 'fee':
      return {
        title: LETTER_TITLES.fee,
        paragraphs: [
          '本机关于{{收到日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{信息名称}}”。',
          '根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，您的申请需缴纳信息处理费{{收费金额}}元（{{收费依据}}）。',
          '请于{{缴费期限}}缴纳。答复期限自收到费用之日起继续计算；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
        ],
      };
    case 'reasons':
      return {
        title: LETTER_TITLES.reasons,
        paragraphs: [
          '本机关于{{收到日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{信息名称}}”。',
          '经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第三十五条的规定，请您于{{说明理由期限}}前说明理由。',
          '您可以在“政务公开通”小程序“我的申请”中或以书面形式说明。逾期未说明理由或者理由不合理的，本机关将告知您不予处理；理由合理但无法在规定期限内答复的，本机关将确定延迟答复的合理期限并告知您。',
          '说明：{{说明}}',
        ],
      };
    case 'later_deadline':
      return {
        title: LETTER_TITLES.later_deadline,
        paragraphs: [
          '本机关于{{收到日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{信息名称}}”。',
          '经审查，您说明的理由合理，但因{{延迟理由}}，本机关无法在《中华人民共和国政府信息公开条例》第三十三条规定的期限内答复。根据该条例第三十五条的规定，本机关确定延迟答复的期限为{{延迟答复期限}}，将于该日前答复您。',
        ],
      };
  }
  throw new Error(`unknown letter template ${key}`);
}

export function chineseDate(date: LocalDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 行政复议 within 60 days (行政复议法 Art. 20), 行政诉讼 within six months (行政诉讼法 Art. 46). */
function remedies(facts: LetterFacts): string {
  return `如对本告知不服，可以自收到本告知书之日起六十日内向${facts.reviewBody}申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。`;
}

function basisOf(article: string | null): string {
  return article ? `根据《中华人民共和国政府信息公开条例》${article}的规定，` : '';
}

function valuesOf(kind: LetterKind, facts: LetterFacts): Record<string, string> {
  const date = (value: LocalDate | undefined) => (value ? chineseDate(value) : '');
  const info = facts.outcome ? outcomeInfo(facts.outcome) : null;
  // Art. 32: a third party's silence leaves the decision to the agency; Art. 34: another agency's silence is consent.
  const consultationArticle = facts.consultedParty === 'agency' ? '第三十四条' : '第三十二条';
  return {
    机关名称: facts.agencyName,
    受理编号: facts.trackingNumber,
    申请人: facts.applicantName,
    信息名称: facts.requestTitle,
    收到日期: date(facts.receivedDate),
    发文日期: date(facts.issuedDate),
    答复类型: info?.label ?? '',
    法律依据: kind === 'consultation' ? basisOf(consultationArticle) : basisOf(info?.article ?? null),
    说明: facts.note ?? '',
    救济途径: remedies(facts),
    补正内容: facts.supplementItems ?? '',
    补正期限: date(facts.supplementDueDate),
    延长天数: facts.extensionDays === undefined ? '' : String(facts.extensionDays),
    延期理由: facts.extensionReason ?? '',
    新答复期限: date(facts.newDueDate),
    征询对象: facts.consultedName ?? '',
    征询事项: facts.consultationQuestion ?? '',
    征询期限: date(facts.consultationDueDate),
    逾期后果:
      facts.consultedParty === 'agency'
        ? '逾期未提出意见的，视为同意公开。'
        : '逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
    收费金额: facts.feeYuan === undefined ? '' : String(facts.feeYuan),
    收费依据: facts.feeBasis ?? '',
    // 109号 Art. 7: the period runs from the applicant's receipt, which the notice cannot know on the day it is issued.
    缴费期限: '自收到本通知之日起 20 个工作日内',
    去向: facts.referral ?? '',
    去向联系方式: facts.referralContact ?? '',
    说明理由期限: date(facts.reasonsDueDate),
    延迟答复期限: date(facts.laterDueDate),
    延迟理由: facts.laterDeadlineReason ?? '',
  };
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

/**
 * What is wrong with an edited template, in Chinese, or an empty list: unknown placeholders (a typo would print
 * braces to the applicant), and required ones removed (the law requires the letter to say them).
 */
export function checkLetterTemplate(key: LetterTemplateKey, template: LetterTemplate): string[] {
  const problems: string[] = [];
  if (!template.title.trim()) problems.push('标题不能为空');
  const text = template.paragraphs.join('\n');
  const known = new Set<string>(Object.keys(LETTER_PLACEHOLDERS));
  const used = new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1].trim()));
  for (const name of used) if (!known.has(name)) problems.push(`未知的占位符 {{${name}}}`);
  for (const name of requiredPlaceholders(key)) if (!used.has(name)) problems.push(`必须保留 {{${name}}}`);
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) problems.push('有不成对的花括号');
  return problems;
}

/** Composes a letter from a template (the agency's, or the default) and the case's facts. */
export function composeLetter(kind: LetterKind, facts: LetterFacts, template?: LetterTemplate): Letter {
  const key: LetterTemplateKey = kind === 'reply' ? `reply:${facts.outcome!}` : kind;
  const chosen = template ?? defaultLetterTemplate(key);
  const values = valuesOf(kind, facts);
  const fill = (text: string) => text.replace(PLACEHOLDER, (_, name: string) => values[name.trim()] ?? '');
  const paragraphs = chosen.paragraphs
    // A paragraph whose only content was an absent fact ("说明：" with no note) is left out.
    .filter((paragraph) => !/^[^{}]{0,4}\{\{说明\}\}$/.test(paragraph.trim()) || Boolean(facts.note))
    .map(fill)
    .filter((paragraph) => paragraph.trim() !== '');
  const recipient = kind === 'consultation' ? `${facts.consultedName ?? '第三方'}：` : `${facts.applicantName}：`;
  return {
    title: fill(chosen.title),
    number: `${facts.trackingNumber}-${NUMBER_SUFFIX[kind]}`,
    recipient,
    paragraphs,
    signature: facts.agencyName,
    date: chineseDate(facts.issuedDate),
  };
}
