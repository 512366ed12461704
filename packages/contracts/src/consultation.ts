import type { ConsultationPhase } from '@govopen/domain';
import { PublicMediaView } from './policy';

export type { ConsultationPhase } from '@govopen/domain';
export type ConsultationCommentStatus = 'pending' | 'approved' | 'rejected';
export type CommentDecision = 'adopted' | 'partially_adopted' | 'not_adopted';

export const CONSULTATION_PHASE_LABELS: Record<ConsultationPhase, string> = {
  upcoming: '即将开始',
  open: '征集中',
  closed: '已结束',
  concluded: '已反馈',
};

/** Staff wording; the resident's page says 审核中 / 未通过审核 of their own comment. */
export const CONSULTATION_COMMENT_STATUS_LABELS: Record<ConsultationCommentStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
};

export const COMMENT_DECISION_LABELS: Record<CommentDecision, string> = {
  adopted: '采纳',
  partially_adopted: '部分采纳',
  not_adopted: '未采纳',
};

export interface DraftArticleView {
  number: string;
  text: string;
}

export interface ConsultationSummary {
  id: number;
  title: string;
  unitName: string | null;
  startDate: string;
  endDate: string;
  phase: ConsultationPhase;
  daysLeft: number;
  commentCount: number;
}

export interface AdoptionReportView {
  summary: string;
  publishedAt: string;
  received: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
  /** Each decided comment: what it said (without who said it), the decision and the reason. */
  items: { articleNumber: string | null; excerpt: string; decision: CommentDecision; reason: string | null }[];
}

export interface ConsultationView extends ConsultationSummary {
  draft: string;
  explanation: string;
  /** Stated when the window is shorter than 30 days (Art. 15 of 713号). */
  shortWindowReason: string | null;
  /** Days from the day after publication to the last day (民法典 Art. 201). */
  windowDays: number;
  articles: DraftArticleView[];
  attachments: PublicMediaView[];
  adoption: AdoptionReportView | null;
  /** The signed-in resident's own comments, with the decision once published. */
  myComments: ConsultationCommentView[];
}

export interface ConsultationCommentView {
  id: number;
  articleNumber: string | null;
  body: string;
  status: ConsultationCommentStatus;
  createdAt: string;
  decision: CommentDecision | null;
  decisionReason: string | null;
}

export interface CreateConsultationComment {
  body: string;
  articleNumber?: string;
  idempotencyKey: string;
}

export interface SaveConsultation {
  title: string;
  draft: string;
  explanation: string;
  startDate: string;
  endDate: string;
  shortWindowReason?: string;
  unitId?: number;
  attachmentIds?: number[];
}

export interface WindowRuleQuery {
  /** The day the draft would be published, YYYY-MM-DD. */
  startDate: string;
}

export interface StaffConsultationSummary extends ConsultationSummary {
  unitId: number | null;
  published: boolean;
  pendingComments: number;
  /** The day the decision was made (决策文件出台), recorded by staff; the 采纳情况 clock runs from it. */
  decisionDate: string | null;
  /** 10 working days after the decision date; null until it is recorded, or while its year's calendar is missing. */
  adoptionDueDate: string | null;
  /** Working days left to publish the 采纳情况 once closed; negative when late; null before closing or once done. */
  adoptionWorkingDaysLeft: number | null;
}

export interface StaffCommentView extends ConsultationCommentView {
  authorLabel: string;
  moderationNote: string | null;
}

export interface StaffConsultationView extends StaffConsultationSummary {
  draft: string;
  explanation: string;
  shortWindowReason: string | null;
  windowDays: number;
  articles: DraftArticleView[];
  attachments: PublicMediaView[];
  adoption: AdoptionReportView | null;
  adoptionSummaryDraft: string | null;
  comments: StaffCommentView[];
}

export interface ModerateComment {
  status: 'approved' | 'rejected';
  note?: string;
}

export interface DecideComment {
  decision: CommentDecision;
  reason?: string;
}

export interface RecordDecision {
  /** YYYY-MM-DD, after the window closed and not after today. */
  decisionDate: string;
}

/** The minimum window for a draft to be published on `startDate` (or today, when that has passed). */
export interface ConsultationWindowRule {
  startDate: string;
  /** The day the counting starts from: the planned start, or today if the start has passed. */
  publishedOn: string;
  /** The earliest last day without a stated reason: the 30th day after publication, moved past a holiday. */
  earliestEndDate: string;
  minimumDays: number;
}

export interface PublishAdoption {
  summary: string;
}
