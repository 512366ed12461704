import { addWorkingDays } from '../calendar/add-working-days';
import { LocalDate } from '../calendar/local-date';
import { CalendarYearMissingError, WorkingCalendar } from '../calendar/working-calendar';
import { deriveRequestState } from './apply-request-event';
import { composeLetter, Letter, LetterFacts, LetterKind, LetterTemplate } from './compose-letter';
import { RequestEvent } from './request-event';
import { CONSULTATION_WORKING_DAYS, deadlineOf } from './request-state';

/** One entry of a case's history: the event and what the clerk wrote with it (party names, notes, reasons). */
export interface CaseHistoryEntry {
  event: RequestEvent;
  details: Record<string, unknown>;
}

/** What every letter of the case states, whatever its kind. */
export interface CaseLetterBase {
  agencyName: string;
  reviewBody: string;
  trackingNumber: string;
  applicantName: string;
  requestTitle: string;
}

export interface CaseLetter extends Letter {
  kind: LetterKind;
}

/**
 * The 告知书 a case has produced so far, in the order its events produced them, in the agency's own wording where it
 * has one (keyed `reply:<outcome>` for replies, the kind otherwise). A letter is a consequence of an event, never
 * stored: editing a template re-words the letters, never their facts.
 */
export function lettersOfCase(
  history: readonly CaseHistoryEntry[],
  base: CaseLetterBase,
  calendar: WorkingCalendar,
  wordings: ReadonlyMap<string, LetterTemplate>,
): CaseLetter[] {
  const events = history.map((entry) => entry.event);
  const state = deriveRequestState(events, calendar);
  if (!state.receivedDate) return [];
  const facts = { ...base, receivedDate: state.receivedDate };
  const letter = (kind: LetterKind, more: Partial<LetterFacts> & { issuedDate: LocalDate }): CaseLetter => {
    const all: LetterFacts = { ...facts, ...more };
    const key = kind === 'reply' ? `reply:${all.outcome}` : kind;
    return { kind, ...composeLetter(kind, all, wordings.get(key)) };
  };
  const letters: CaseLetter[] = [];
  // Art. 30: a supplement restarts the clock, so later letters count from the day it arrived.
  let clockStart = state.receivedDate;
  history.forEach(({ event, details }, index) => {
    const stateThen = () => deriveRequestState(events.slice(0, index + 1), calendar);
    switch (event.type) {
      case 'supplement_requested':
        letters.push(letter('supplement', { issuedDate: event.date, supplementItems: event.items, supplementDueDate: event.dueDate }));
        break;
      case 'consultation_sent':
        letters.push(
          letter('consultation', {
            issuedDate: event.date,
            consultedParty: event.party,
            consultedName: String(details.partyName ?? ''),
            consultationQuestion: String(details.question ?? ''),
            consultationDueDate: event.dueDate ?? orNull(() => addWorkingDays(calendar, event.date, CONSULTATION_WORKING_DAYS)) ?? event.date,
          }),
        );
        break;
      case 'fee_notified': {
        const basis = details.basis === 'pages' ? `按页计收，共 ${String(details.pages)} 页` : '按件计收，本月申请数量超过 10 件';
        letters.push(letter('fee', { receivedDate: clockStart, issuedDate: event.date, feeYuan: event.amountYuan, feeBasis: basis }));
        break;
      }
      case 'supplement_received':
        clockStart = event.date;
        break;
      case 'extension_approved': {
        const partial = stateThen();
        const newDueDate = orNull(() => deadlineOf(partial, calendar, event.date).dueDate);
        letters.push(
          letter('extension', {
            receivedDate: clockStart,
            issuedDate: event.date,
            extensionDays: Number(details.days ?? partial.extensionDays),
            extensionReason: String(details.reason ?? ''),
            newDueDate: newDueDate ?? event.date,
          }),
        );
        break;
      }
      case 'replied':
        letters.push(
          letter('reply', {
            issuedDate: event.date,
            outcome: event.outcome,
            note: textOrNull(details.note),
            referral: textOrNull(details.referral),
            referralContact: textOrNull(details.referralContact),
          }),
        );
        break;
      case 'reasons_requested':
        letters.push(letter('reasons', { issuedDate: event.date, reasonsDueDate: stateThen().reasonsAnswerDueDate ?? event.date, note: textOrNull(details.note) }));
        break;
      case 'deadline_set':
        letters.push(letter('later_deadline', { issuedDate: event.date, laterDueDate: event.dueDate, laterDeadlineReason: event.reason }));
        break;
      default:
        break;
    }
  });
  return letters;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A year the calendar has not been given yet leaves the date out rather than failing the whole list of letters. */
function orNull<T>(compute: () => T | null): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}
