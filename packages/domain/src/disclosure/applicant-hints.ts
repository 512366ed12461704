import { LocalDate } from '../calendar/local-date';

/** One of the applicant's requests, as the hints need it. */
export interface ApplicantRequestSample {
  id: number;
  trackingNumber: string;
  title: string;
  /** China date of submission. */
  submittedDate: LocalDate;
}

/** Art. 35 and 109号 speak of applications in a month; more than this many is where they start to apply. */
const MONTHLY_APPLICATIONS_BEFORE_HINT = 10;

/**
 * What the case worker should know about the applicant's other requests: the same information asked before (a
 * repeated request may be answered by pointing to the earlier reply, Art. 36(6)), and a month past 10 applications
 * (Art. 35 reasons, or the 109号 per-count fee). Hints only: the clerk decides.
 */
export function applicantHints(request: ApplicantRequestSample, others: readonly ApplicantRequestSample[]): string[] {
  const hints: string[] = [];
  const same = others.filter((other) => normalizeTitle(other.title) === normalizeTitle(request.title) && isEarlier(other, request));
  if (same.length) {
    hints.push(`疑似重复申请：该申请人此前已申请相同信息（${same.map((other) => other.trackingNumber).join('、')}）`);
  }
  const month = request.submittedDate.slice(0, 7);
  const thisMonth = others.filter((other) => other.submittedDate.slice(0, 7) === month).length + 1;
  if (thisMonth > MONTHLY_APPLICATIONS_BEFORE_HINT) {
    hints.push(`该申请人本月已提出 ${thisMonth} 件申请，可按第三十五条要求说明理由，或按 109 号文件按件计收信息处理费`);
  }
  return hints;
}

function normalizeTitle(text: string): string {
  return text.replace(/[\s，。、“”《》()（）]/g, '');
}

/** Submitted before this one; on the same day the lower row id came first. */
function isEarlier(other: ApplicantRequestSample, request: ApplicantRequestSample): boolean {
  return other.submittedDate < request.submittedDate || (other.submittedDate === request.submittedDate && other.id < request.id);
}
