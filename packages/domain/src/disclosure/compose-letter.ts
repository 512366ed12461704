import { LocalDate } from '../calendar/local-date';
import { Outcome, outcomeInfo } from './outcome';

export type LetterKind = 'reply' | 'supplement' | 'extension';

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
}

export interface Letter {
  title: string;
  number: string;
  recipient: string;
  paragraphs: string[];
  signature: string;
  date: string;
}

function chineseDate(date: LocalDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 行政复议 within 60 days (行政复议法 Art. 20), 行政诉讼 within six months (行政诉讼法 Art. 46). */
function remedies(facts: LetterFacts): string {
  return `如对本告知不服，可以自收到本告知书之日起六十日内向${facts.reviewBody}申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。`;
}

function replyBody(facts: LetterFacts): string[] {
  const outcome = facts.outcome!;
  const info = outcomeInfo(outcome);
  const basis = info.article ? `根据《中华人民共和国政府信息公开条例》${info.article}的规定，` : '';
  const opening = `本机关于${chineseDate(facts.receivedDate)}收到您提出的政府信息公开申请（受理编号：${facts.trackingNumber}），申请获取“${facts.requestTitle}”。经审查，现答复如下：`;
  let decision: string;
  switch (info.group) {
    case '予以公开':
      decision = `${basis}您申请获取的政府信息属于公开范围，本机关予以公开，按您选择的方式提供。`;
      break;
    case '部分公开':
      decision = `${basis}您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的部分，不予公开的部分及理由见说明。`;
      break;
    case '不予公开':
      decision = `您申请获取的信息${info.label}，${basis}本机关不予公开。`;
      break;
    case '无法提供':
      decision = `经检索查找，${info.label}，${basis}本机关无法提供。`;
      break;
    case '不予处理':
      decision = `您的申请属于${info.label}，${basis}本机关不作为政府信息公开申请处理。`;
      break;
    case '其他处理':
      decision = `${info.label}。${basis}`;
      break;
  }
  return [opening, decision, ...(facts.note ? [`说明：${facts.note}`] : []), remedies(facts)];
}

/** The wording of the letters the law requires (告知书), from the facts of one case. */
export function composeLetter(kind: LetterKind, facts: LetterFacts): Letter {
  const base = { recipient: `${facts.applicantName}：`, signature: facts.agencyName, date: chineseDate(facts.issuedDate) };
  switch (kind) {
    case 'reply':
      return { ...base, title: '政府信息公开申请答复告知书', number: `${facts.trackingNumber}-答`, paragraphs: replyBody(facts) };
    case 'supplement':
      return {
        ...base,
        title: '补正申请告知书',
        number: `${facts.trackingNumber}-补`,
        paragraphs: [
          `本机关于${chineseDate(facts.receivedDate)}收到您提出的政府信息公开申请（受理编号：${facts.trackingNumber}）。经审查，您的申请内容不够明确。`,
          `根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于${chineseDate(facts.supplementDueDate!)}前对以下内容作出补正：${facts.supplementItems}`,
          '答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
        ],
      };
    case 'extension':
      return {
        ...base,
        title: '延期答复告知书',
        number: `${facts.trackingNumber}-延`,
        paragraphs: [
          `本机关于${chineseDate(facts.receivedDate)}收到您提出的政府信息公开申请（受理编号：${facts.trackingNumber}）。`,
          `因${facts.extensionReason}，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长${facts.extensionDays}个工作日，最迟于${chineseDate(facts.newDueDate!)}前答复。`,
        ],
      };
  }
}
