import type { ApplicantType, ConsultedParty, LetterKind, OrganizationKind, ReasonsStage, RequestAction, RequestChannel, RequestStatus, ReviewKind, ReviewResult } from '@govopen/domain';
import { TABLE3_COLUMNS } from '@govopen/domain';
import { MediaFileView } from './media';

// Status, channel, actions, Art. 35 stage and letter kinds are the domain's; the wire carries their string values.
export type { RequestChannel as RequestChannelName, ReasonsStage } from '@govopen/domain';
export { REQUEST_CHANNEL_LABELS, REQUEST_STATUS_LABELS as DISCLOSURE_STATUS_LABELS, REVIEW_KIND_LABELS, REVIEW_RESULT_LABELS } from '@govopen/domain';

/** 申请人类型 and the 法人或其他组织 kinds: the domain's, the columns of annual report table 三. */
export type { ApplicantType, OrganizationKind } from '@govopen/domain';

export type IdDocumentType = 'resident_id' | 'passport' | 'hk_macau_permit' | 'taiwan_permit' | 'other';

export const ID_DOCUMENT_LABELS: Record<IdDocumentType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  other: '其他证件',
};

/** The kinds' names are the annual report's column heads (the domain's TABLE3_COLUMNS), in that order. */
export const ORGANIZATION_KIND_LABELS = Object.fromEntries(
  TABLE3_COLUMNS.filter((column) => column.key !== 'citizen' && column.key !== 'total').map((column) => [column.key, column.label]),
) as Record<OrganizationKind, string>;
export type ProvisionMethod = 'paper' | 'email' | 'disc' | 'disk';
export type DeliveryMethod = 'post' | 'express' | 'email' | 'fax' | 'pickup' | 'on_site';

/** The domain's RequestStatus as the strings on the wire. */
export type DisclosureStatus = `${RequestStatus}`;

export const PROVISION_METHOD_LABELS: Record<ProvisionMethod, string> = { paper: '纸质', email: '电子邮件', disc: '光盘', disk: '磁盘' };
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  post: '邮寄',
  express: '快递',
  email: '电子邮件',
  fax: '传真',
  pickup: '自行领取',
  on_site: '当场阅读、抄录',
};

export interface CitizenApplicant {
  type: 'citizen';
  name: string;
  idType: IdDocumentType;
  idNumber: string;
  phone: string;
  address: string;
  postcode?: string;
  email?: string;
  workUnit?: string;
}

export interface OrganizationApplicant {
  type: 'organization';
  name: string;
  organizationKind: OrganizationKind;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  phone: string;
  address: string;
  postcode?: string;
  email?: string;
}

export interface CreateDisclosureRequest {
  /** A retried submit with the same key returns the first request, never a second one. */
  idempotencyKey: string;
  applicant: CitizenApplicant | OrganizationApplicant;
  title: string;
  documentNumber?: string;
  description: string;
  purpose?: string;
  provisionMethod: ProvisionMethod;
  deliveryMethod: DeliveryMethod;
  /** 承诺: what the applicant states is true. */
  pledge: boolean;
  /** Files uploaded first (POST /api/media): identity proof, 委托书. */
  attachmentIds?: number[];
}

export interface DisclosureEvent {
  id: number;
  type: string;
  /** The China date the law counts from. */
  date: string;
  at: string;
  actor: string;
  /** What happened, in words the applicant understands. */
  summary: string;
  detail: Record<string, unknown>;
}

export interface DisclosureDeadline {
  dueDate: string | null;
  paused: boolean;
  allowedWorkingDays: number;
  pausedWorkingDays: number;
  elapsedWorkingDays: number | null;
  remainingWorkingDays: number | null;
  overdue: boolean;
  /** The arithmetic in words: "第 12 个工作日，剩余 8 个工作日，最迟 2024年10月30日前答复". */
  explanation: string | null;
}

/** What the applicant sees of their own request. Personal data is masked even here: the full values never travel. */
export interface DisclosureRequestView {
  id: number;
  trackingNumber: string;
  status: DisclosureStatus;
  statusLabel: string;
  submittedAt: string;
  receivedAt: string | null;
  dueDate: string | null;
  deadline: DisclosureDeadline | null;
  applicantType: ApplicantType;
  applicantName: string;
  idNumberMasked: string | null;
  phoneMasked: string;
  title: string;
  documentNumber: string | null;
  description: string;
  purpose: string | null;
  provisionMethod: ProvisionMethod;
  deliveryMethod: DeliveryMethod;
  channel: RequestChannel;
  unitName: string | null;
  outcome: string | null;
  outcomeLabel: string | null;
  supplementDueDate: string | null;
  supplementItems: string | null;
  /** Art. 35: the agency asked the applicant for reasons; they may answer in the app until `answerDueDate`. */
  reasonsRequest: { answerDueDate: string; canAnswer: boolean; note: string | null } | null;
  /** 109号 Art. 7: an unpaid fee notice, and the day the payment period ends (null until its receipt is known). */
  feeNotice: { amountYuan: number; dueDate: string | null } | null;
  /** Identity proof, 委托书 and 补正材料 the applicant or staff attached; download via …/attachments/{fileId}. */
  attachments: MediaFileView[];
  events: DisclosureEvent[];
}

export interface DisclosureRequestSummary {
  id: number;
  trackingNumber: string;
  status: DisclosureStatus;
  statusLabel: string;
  title: string;
  applicantName: string;
  applicantType: ApplicantType;
  submittedAt: string;
  receivedAt: string | null;
  dueDate: string | null;
  remainingWorkingDays: number | null;
  overdue: boolean;
  unitId: number | null;
  unitName: string | null;
}

export type DisclosureQueue =
  | 'to_register'
  | 'to_assign'
  | 'in_progress'
  | 'awaiting_supplement'
  | 'consulting'
  | 'extended'
  | 'due_soon'
  | 'overdue'
  | 'closed'
  | 'all';

export const DISCLOSURE_QUEUE_LABELS: Record<DisclosureQueue, string> = {
  to_register: '待登记',
  to_assign: '待分办',
  in_progress: '办理中',
  awaiting_supplement: '待补正',
  consulting: '征求意见中',
  extended: '已延期',
  due_soon: '即将到期',
  overdue: '已逾期',
  closed: '已办结',
  all: '全部',
};

export interface DisclosureQueueQuery {
  queue?: DisclosureQueue;
  unitId?: number;
  /** 受理编号 (exact), or part of the applicant's name or of the information asked for. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** How many cases each queue holds for this person (and unit and search): the numbers on the queue tabs. */
export type DisclosureQueueCounts = Record<DisclosureQueue, number>;

/** The filters the counts follow: the same as the queue's, without the queue and the page. */
export type DisclosureQueueCountsQuery = Pick<DisclosureQueueQuery, 'unitId' | 'q'>;

/** 补正: the applicant's answer to a request for supplement, with files uploaded beforehand. */
export interface SupplementDisclosureRequest {
  content: string;
  attachmentIds?: number[];
}

/** Art. 35: the applicant's reasons for the number or frequency of their requests. */
export interface GiveReasonsRequest {
  content: string;
}

/** The actions staff take on a case; each becomes an event if the law allows it now (else 409 with the reason). */
export type DisclosureAction =
  | { type: 'register'; receivedDate?: string }
  | { type: 'assign'; unitId: number; assistUnitIds?: number[] }
  | { type: 'transfer'; unitId: number; reason: string }
  | { type: 'claim' }
  | { type: 'request-supplement'; items: string; dueDate: string }
  | { type: 'receive-supplement'; date?: string }
  | { type: 'expire-supplement' }
  | { type: 'consult'; party: ConsultedParty; partyName: string; question: string }
  /** The day the consulted party received the letter: their 15 working days run from it (Art. 32, 34). */
  | { type: 'record-consultation-receipt'; date: string }
  /** `date`: the day the answer came (default today). */
  | { type: 'record-consultation'; consent: boolean; opinion: string; date?: string }
  | { type: 'expire-consultation' }
  /** `dueDate`: the last day to give reasons (default and minimum: 5 working days). */
  | { type: 'request-reasons'; note: string; dueDate?: string }
  | { type: 'judge-reasons'; reasonable: boolean; note: string }
  | { type: 'set-deadline'; dueDate: string; reason: string }
  | { type: 'notify-fee'; basis: 'count' | 'pages'; pages?: number }
  /** The day a notice sent by post or handed over reached the applicant (online: recorded when the app shows it). */
  | { type: 'record-fee-receipt'; date: string }
  | { type: 'record-payment' }
  | { type: 'expire-fee' }
  | { type: 'extend'; days: number; reason: string }
  | { type: 'approve-extension' }
  | { type: 'reject-extension'; reason: string }
  /** `referral`: where to raise it, where to obtain it, or the competent agency, as the outcome requires; `referralContact` for the last. */
  | { type: 'reply'; outcome: string; note?: string; referral?: string; referralContact?: string }
  | { type: 'supplementary-reply'; note: string }
  | { type: 'withdraw'; note?: string }
  | { type: 'record-review'; kind: ReviewKind; result: ReviewResult };

/** The names of the actions: the domain's RequestAction (one-source.spec checks the union above names each once). */
export type DisclosureActionType = RequestAction;

/** What staff see of a case: the applicant's view plus internal facts, personal data still masked. */
export interface UnitSuggestion {
  unitId: number;
  unitName: string;
  /** Why: "与 YSQ… 等 3 件相似申请由该科室办理". */
  reason: string;
}

/** What the applicant gave besides the personal data (which is read separately, audited). */
export interface DisclosureApplicantDetails {
  idType: IdDocumentType | null;
  workUnit: string | null;
  organizationKind: OrganizationKind | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  contactName: string | null;
  postcode: string | null;
}

export interface StaffDisclosureRequestView extends DisclosureRequestView {
  applicantDetails: DisclosureApplicantDetails;
  unitId: number | null;
  /** 承办人 who claimed the case, if anyone has. */
  handlerName: string | null;
  /** While waiting to be dispatched: the units that answered similar past requests, best first. */
  suggestedUnits: UnitSuggestion[];
  pendingExtension: { days: number; requestedBy: number } | null;
  /** 重复申请 and Art. 35 volume hints. */
  hints: string[];
  /** The outcomes the case's facts allow today: the reply form offers only these. */
  allowedOutcomes: string[];
  /** Art. 35: where the request for reasons stands. */
  reasonsStage: ReasonsStage;
  /** The actions this person may take now, in the order of the work (the domain's allowedRequestActions): the buttons. */
  allowedActions: DisclosureActionType[];
}

/** The full personal data, read one case at a time by the assigned unit or the office head; each read is audited. */
export interface DisclosurePersonalData {
  idNumber: string | null;
  phone: string;
  address: string;
  email: string | null;
}

export interface CreateDisclosureRequestOnBehalf extends CreateDisclosureRequest {
  channel: Exclude<RequestChannel, 'online'>;
  receivedDate: string;
}

export interface OutcomeOption {
  value: string;
  group: string;
  label: string;
  row: string;
  article: string | null;
  /** What the reply must name: where to raise it, where to obtain it, or the competent agency. */
  referral: 'channel' | 'source' | 'competent_agency' | null;
}

/**
 * 答复告知书, 补正告知书, 延期答复告知书, 征求意见函 (to the third party; staff only), 信息处理费缴纳通知书,
 * 要求说明理由告知书 and 延迟答复告知书 (Art. 35).
 */
export type DisclosureLetterKind = LetterKind;

/** One editable letter template: `supplement`, `extension`, `consultation`, `fee`, or `reply:<outcome>`. */
export interface LetterTemplateView {
  key: string;
  /** For people: "补正申请告知书", "答复告知书 · 不予公开 · 属于国家秘密". */
  label: string;
  title: string;
  paragraphs: string[];
  /** False while the agency uses the built-in wording. */
  customized: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface SaveLetterTemplate {
  title: string;
  paragraphs: string[];
}

/** A 告知书 as the applicant reads it; the same text is offered as .docx. */
export interface DisclosureLetter {
  kind: DisclosureLetterKind;
  title: string;
  number: string;
  recipient: string;
  paragraphs: string[];
  signature: string;
  date: string;
}
