import { LocalDate } from '../calendar/local-date';
import { Outcome } from '../disclosure/outcome';
import { RequestState, RequestStatus } from '../disclosure/request-state';

/** 申请人类型: the two applicant groups of table 三. */
export type ApplicantType = 'citizen' | 'organization';

/** 法人或其他组织 kinds: each is a column of table 三 under the same name. */
export type OrganizationKind = 'business' | 'research' | 'public_interest' | 'legal_service' | 'other';

export interface ReportApplicant {
  type: ApplicantType;
  /** Required for an organization; ignored for a citizen. */
  organizationKind?: OrganizationKind | null;
}

/** What the annual report needs to know about one request: nothing else of the case counts in table 三. */
export interface ReportFacts {
  applicantType: ApplicantType;
  organizationKind: OrganizationKind | null;
  /** China date of receipt (Art. 31); null when the request was never registered as received. */
  receivedDate: LocalDate | null;
  /** The day the case closed: the reply, the lapse, or the withdrawal; null while open. */
  closedDate: LocalDate | null;
  /** The outcome of a closed case; null while open and for a withdrawal. */
  outcome: Outcome | null;
  withdrawn: boolean;
}

/** The report's facts of one request, read from the state its events fold into. */
export function reportFactsOf(state: RequestState, applicant: ReportApplicant): ReportFacts {
  return {
    applicantType: applicant.type,
    organizationKind: applicant.type === 'organization' ? (applicant.organizationKind ?? null) : null,
    receivedDate: state.receivedDate,
    closedDate: state.closedDate,
    outcome: state.outcome,
    withdrawn: state.status === RequestStatus.WITHDRAWN,
  };
}
