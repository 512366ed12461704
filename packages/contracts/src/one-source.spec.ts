import * as domain from '@govopen/domain';
import {
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_STATUS_LABELS,
  ANNUAL_REPORT_STEP_LABELS,
  AnnualReportStatus,
  ApplicantType,
  CONSULTATION_PHASE_LABELS,
  ConsultationPhase,
  ContentStatus,
  DISCLOSURE_STATUS_LABELS,
  DisclosureAction,
  DisclosureActionType,
  DisclosureLetterKind,
  DisclosureStatus,
  ENTERPRISE_SIZE_LABELS,
  EnterpriseSize,
  MESSAGE_ACTION_LABELS,
  POLICY_TOPICS,
  POLICY_VERDICT_LABELS,
  PolicyConditions,
  PolicyVerdict,
  QUALIFICATION_LABELS,
  QualificationKind,
  MESSAGE_BOARD_LABELS,
  MESSAGE_ESCALATION_LABELS,
  MESSAGE_RATING_LABELS,
  MESSAGE_STATUS_LABELS,
  MessageBoard,
  OrganizationKind,
  REQUEST_CHANNEL_LABELS,
  RequestChannelName,
  REVIEW_KIND_LABELS,
  REVIEW_RESULT_LABELS,
  CatalogTimeliness,
  ReviewAction,
  StaffMessageActionType,
  TABLE3_ROWS,
  TABLE3_ROWS_2019,
  TABLE4_GROUPS,
  KEY_TASK_STATUS_LABELS,
  KeyTaskStatus,
} from './index';

/** True only when A and B are the same type (neither wider nor narrower). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only for `true`: a union that drifts from the domain's breaks `pnpm typecheck`, not a user. */
function sameType<T extends true>(): T | undefined {
  return undefined;
}

describe('one source: the wire uses the domain words', () => {
  it('has the same unions as the domain (checked by the compiler)', () => {
    sameType<Equal<DisclosureStatus, `${domain.RequestStatus}`>>();
    sameType<Equal<DisclosureAction['type'], domain.RequestAction>>();
    sameType<Equal<DisclosureActionType, domain.RequestAction>>();
    sameType<Equal<DisclosureLetterKind, domain.LetterKind>>();
    sameType<Equal<RequestChannelName, domain.RequestChannel>>();
    sameType<Equal<CatalogTimeliness, domain.CatalogTimeliness>>();
    sameType<Equal<StaffMessageActionType, domain.MessageAction>>();
    sameType<Equal<MessageBoard, domain.MessageBoard>>();
    sameType<Equal<ConsultationPhase, domain.ConsultationPhase>>();
    sameType<Equal<ContentStatus, domain.ContentStatus>>();
    sameType<Equal<ReviewAction, domain.ReviewAction>>();
    sameType<Equal<EnterpriseSize, domain.EnterpriseSize>>();
    sameType<Equal<QualificationKind, domain.QualificationKind>>();
    sameType<Equal<PolicyVerdict, domain.PolicyVerdict>>();
    sameType<Equal<PolicyConditions, domain.PolicyConditions>>();
    sameType<Equal<ApplicantType, domain.ApplicantType>>();
    sameType<Equal<OrganizationKind, domain.OrganizationKind>>();
    sameType<Equal<AnnualReportStatus, domain.AnnualReportStatus>>();
    sameType<Equal<KeyTaskStatus, domain.KeyTaskStatus>>();
    expect(Object.keys(DISCLOSURE_STATUS_LABELS).sort()).toEqual([...Object.values(domain.RequestStatus)].sort());
  });

  it('re-exports the domain label tables themselves, not copies', () => {
    expect(DISCLOSURE_STATUS_LABELS).toBe(domain.REQUEST_STATUS_LABELS);
    expect(REQUEST_CHANNEL_LABELS).toBe(domain.REQUEST_CHANNEL_LABELS);
    expect(REVIEW_KIND_LABELS).toBe(domain.REVIEW_KIND_LABELS);
    expect(REVIEW_RESULT_LABELS).toBe(domain.REVIEW_RESULT_LABELS);
    expect(MESSAGE_BOARD_LABELS).toBe(domain.MESSAGE_BOARD_LABELS);
    expect(MESSAGE_STATUS_LABELS).toBe(domain.MESSAGE_STATUS_LABELS);
    expect(MESSAGE_RATING_LABELS).toBe(domain.MESSAGE_RATING_LABELS);
    expect(MESSAGE_ESCALATION_LABELS).toBe(domain.MESSAGE_ESCALATION_LABELS);
    expect(MESSAGE_ACTION_LABELS).toBe(domain.MESSAGE_ACTION_LABELS);
    expect(ENTERPRISE_SIZE_LABELS).toBe(domain.SIZE_LABELS);
    expect(QUALIFICATION_LABELS).toBe(domain.QUALIFICATION_LABELS);
    expect(POLICY_VERDICT_LABELS).toBe(domain.POLICY_VERDICT_LABELS);
    expect(POLICY_TOPICS).toBe(domain.POLICY_TOPICS);
    expect(ANNUAL_REPORT_STATUS_LABELS).toBe(domain.ANNUAL_REPORT_STATUS_LABELS);
    expect(ANNUAL_REPORT_STEP_LABELS).toBe(domain.ANNUAL_REPORT_STEP_LABELS);
    expect(ANNUAL_REPORT_SECTIONS).toBe(domain.ANNUAL_REPORT_SECTIONS);
    // The annual report's row labels are printed verbatim: the wire and the renderers share the domain's tables.
    expect(TABLE3_ROWS).toBe(domain.TABLE3_ROWS);
    expect(TABLE3_ROWS_2019).toBe(domain.TABLE3_ROWS_2019);
    expect(TABLE4_GROUPS).toBe(domain.TABLE4_GROUPS);
    expect(KEY_TASK_STATUS_LABELS).toBe(domain.KEY_TASK_STATUS_LABELS);
  });

  it('says 取消公开 for taking a published reply off the board', () => {
    expect(MESSAGE_ACTION_LABELS.unpublish).toBe('取消公开');
  });

  it('labels every consultation phase the domain computes', () => {
    const phases: domain.ConsultationPhase[] = ['upcoming', 'open', 'closed', 'concluded'];
    expect(Object.keys(CONSULTATION_PHASE_LABELS).sort()).toEqual([...phases].sort());
  });
});
