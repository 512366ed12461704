import { LocalDate } from '../calendar/local-date';
import { Outcome } from './outcome';

/** Receipt channels (Art. 31 sets the receipt date per channel). */
export type RequestChannel = 'online' | 'in_person' | 'mail' | 'fax';

export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, string> = { online: '在线', in_person: '当面', mail: '邮寄', fax: '传真' };

export type ConsultedParty = 'third_party' | 'agency';

export type ReviewKind = 'reconsideration' | 'litigation_direct' | 'litigation_after_reconsideration';
export type ReviewResult = 'upheld' | 'corrected' | 'other' | 'pending';

/** The columns of annual report table 四 (行政复议、行政诉讼). */
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  reconsideration: '行政复议',
  litigation_direct: '行政诉讼（未经复议）',
  litigation_after_reconsideration: '行政诉讼（复议后起诉）',
};

export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = { upheld: '维持', corrected: '纠正', other: '其他', pending: '尚未审结' };

/**
 * Every change to a disclosure request is one of these, appended and never changed; the state is derived from the
 * list (ARCHITECTURE: "every case change is an event"). Dates are China calendar dates: the law counts days.
 */
export type RequestEvent =
  | { type: 'submitted'; date: LocalDate; channel: RequestChannel }
  | { type: 'registered'; date: LocalDate; receivedDate: LocalDate }
  | { type: 'assigned'; date: LocalDate; unitId: number; assistUnitIds: number[] }
  | { type: 'transferred'; date: LocalDate; unitId: number; reason: string }
  | { type: 'claimed'; date: LocalDate; staffId: number }
  | { type: 'supplement_requested'; date: LocalDate; dueDate: LocalDate; items: string }
  /** `date`: the day the supplement reached the agency (Art. 30: the reply period runs again from it). */
  | { type: 'supplement_received'; date: LocalDate }
  | { type: 'supplement_expired'; date: LocalDate }
  /** The 15 working days are the domain's to compute (from the letter's receipt); a stored `dueDate` is history only. */
  | { type: 'consultation_sent'; date: LocalDate; party: ConsultedParty; dueDate?: LocalDate }
  /** Art. 32: the 15 working days run from the day the consulted party received the letter. */
  | { type: 'consultation_letter_received'; date: LocalDate; receivedDate: LocalDate }
  /** `date`: the day the answer came. */
  | { type: 'consultation_answered'; date: LocalDate; consent: boolean }
  | { type: 'consultation_expired'; date: LocalDate }
  /** Art. 35: the applicant is asked for reasons and given until `answerDueDate` to give them. */
  | { type: 'reasons_requested'; date: LocalDate; answerDueDate?: LocalDate }
  | { type: 'reasons_given'; date: LocalDate }
  | { type: 'reasons_judged'; date: LocalDate; reasonable: boolean }
  | { type: 'deadline_set'; date: LocalDate; dueDate: LocalDate; reason: string }
  /** 109号 Art. 7: the 20 working days to pay run from the applicant's receipt of the notice, recorded separately. */
  | { type: 'fee_notified'; date: LocalDate; amountYuan: number; dueDate?: LocalDate }
  | { type: 'fee_notice_received'; date: LocalDate; receivedDate: LocalDate; channel: 'online' | 'post' | 'in_person' }
  | { type: 'fee_paid'; date: LocalDate }
  | { type: 'fee_expired'; date: LocalDate }
  | { type: 'extension_requested'; date: LocalDate; days: number; reason: string; requestedBy: number }
  | { type: 'extension_approved'; date: LocalDate; approvedBy: number }
  | { type: 'extension_rejected'; date: LocalDate; rejectedBy: number; reason: string }
  | { type: 'replied'; date: LocalDate; outcome: Outcome }
  | { type: 'supplementary_reply'; date: LocalDate }
  | { type: 'withdrawn'; date: LocalDate }
  | { type: 'review_recorded'; date: LocalDate; kind: ReviewKind; result: ReviewResult };

export type RequestEventType = RequestEvent['type'];
