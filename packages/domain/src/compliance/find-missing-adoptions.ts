import { LocalDate } from '../calendar/local-date';
import { CalendarYearMissingError, WorkingCalendar } from '../calendar/working-calendar';
import { adoptionReportDueDate } from '../consultation/consultation-window';

export interface ConsultationAdoptionFacts {
  id: number;
  title: string;
  unitId: number | null;
  /** The window's last day. */
  endDate: LocalDate;
  /** The day the decision was made (决策文件出台), once staff record it. */
  decisionDate: LocalDate | null;
  adoptionPublished: boolean;
}

export interface MissingAdoption extends ConsultationAdoptionFacts {
  /** The 10th working day after the decision; null until the decision is recorded or while the calendar lacks the year. */
  dueDate: LocalDate | null;
  late: boolean;
}

/**
 * Closed consultations whose 采纳情况 is not published (713号 Art. 15 asks for feedback on the comments; seed 002: within
 * 10 working days of the decision). Late once the due date has passed; before a decision is recorded the window's
 * close alone makes it owed, not late, since the clock runs from the decision.
 */
export function findMissingAdoptions(consultations: ConsultationAdoptionFacts[], today: LocalDate, calendar: WorkingCalendar): MissingAdoption[] {
  const missing: MissingAdoption[] = [];
  for (const consultation of consultations) {
    if (consultation.adoptionPublished || today <= consultation.endDate) continue;
    let dueDate: LocalDate | null = null;
    if (consultation.decisionDate) {
      try {
        dueDate = adoptionReportDueDate(calendar, consultation.decisionDate);
      } catch (error) {
        if (!(error instanceof CalendarYearMissingError)) throw error;
      }
    }
    missing.push({ ...consultation, dueDate, late: dueDate !== null && today > dueDate });
  }
  return missing.sort((a, b) => Number(b.late) - Number(a.late) || a.endDate.localeCompare(b.endDate) || a.id - b.id);
}
