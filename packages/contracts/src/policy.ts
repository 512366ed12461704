import type { ContentStatus, ReviewAction } from '@govopen/domain';

/** 有效 / 失效 / 废止: a repealed document names the one that replaced it. */
export type PolicyValidity = 'valid' | 'expired' | 'repealed';

export const POLICY_VALIDITY_LABELS: Record<PolicyValidity, string> = { valid: '有效', expired: '失效', repealed: '废止' };

/** 公开属性 of a document. */
export type DisclosureAttribute = 'proactive' | 'on_request' | 'not_public';

export const DISCLOSURE_ATTRIBUTE_LABELS: Record<DisclosureAttribute, string> = { proactive: '主动公开', on_request: '依申请公开', not_public: '不予公开' };

/** 保密审查 ("先审查、后公开"): draft → submitted → approved | returned → published (now or scheduled) → withdrawn. */
export type { ContentStatus } from '@govopen/domain';

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  draft: '草稿',
  submitted: '待审查',
  returned: '已退回修改',
  approved: '审查通过待发布',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

export type { ReviewAction } from '@govopen/domain';

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  submit: '提交审查',
  approve: '审查通过',
  return: '退回修改',
  publish: '发布',
  withdraw: '撤回',
};

/** 政策解读的形式. */
export type InterpretationForm = 'text' | 'graphic' | 'audio' | 'video' | 'animation' | 'expert' | 'media' | 'leader' | 'meeting' | 'press';

export const INTERPRETATION_FORM_LABELS: Record<InterpretationForm, string> = {
  text: '文字解读',
  graphic: '图文解读',
  audio: '音频解读',
  video: '视频解读',
  animation: '动漫解读',
  expert: '专家解读',
  media: '媒体解读',
  leader: '领导干部解读',
  meeting: '会议解读',
  press: '新闻发布会',
};

export const INTERPRETATION_FORMS = Object.keys(INTERPRETATION_FORM_LABELS) as InterpretationForm[];

/** Forms that count as "图表、音视频" for the 1-in-5 rule (图解 included). */
export const CHART_AUDIO_VIDEO_FORMS: readonly InterpretationForm[] = ['graphic', 'audio', 'video', 'animation'];
/** Forms that count toward the 30% video/animation share. */
export const VIDEO_FORMS: readonly InterpretationForm[] = ['video', 'animation'];

/** A stored file as a reader gets it: `url` is absolute-path on the API (`/api/media/…`), signed when not yet public. */
export interface PublicMediaView {
  id: number;
  name: string;
  mime: string;
  size: number;
  url: string;
}

export interface PolicySummary {
  id: number;
  title: string;
  documentNumber: string | null;
  issuingBody: string;
  indexNumber: string | null;
  writtenDate: string | null;
  publishedAt: string | null;
  catalogNodeId: number | null;
  catalogNodeName: string | null;
  validity: PolicyValidity;
  validityLabel: string;
  topicTags: string[];
  enterpriseTags: string[];
  interpretationForms: InterpretationForm[];
}

export interface InterpretationSummary {
  id: number;
  policyId: number;
  policyTitle: string;
  title: string;
  form: InterpretationForm;
  formLabel: string;
  source: string | null;
  publishedAt: string | null;
  posterUrl: string | null;
}

export interface PolicyView extends PolicySummary {
  bodyHtml: string;
  disclosureAttribute: DisclosureAttribute;
  replacedBy: { id: number; title: string } | null;
  attachments: PublicMediaView[];
  interpretations: InterpretationSummary[];
}

export interface InterpretationView extends InterpretationSummary {
  bodyHtml: string;
  transcript: string | null;
  /** The audio or video (动漫 as video) to play. */
  media: PublicMediaView | null;
  poster: PublicMediaView | null;
  captions: PublicMediaView | null;
  /** 图文 / 一图读懂 images, and 动漫 as an image sequence, in order. */
  images: PublicMediaView[];
  policy: { id: number; title: string; documentNumber: string | null; validityLabel: string };
}

export interface ContentReviewEventView {
  action: ReviewAction | 'created' | 'edited' | 'auto_published';
  actionLabel: string;
  actorName: string;
  comment: string | null;
  at: string;
}

export interface ContentWorkflowView {
  status: ContentStatus;
  statusLabel: string;
  authorId: number;
  authorName: string;
  reviewerName: string | null;
  publisherName: string | null;
  /** The reviewer's comments when returned. */
  reviewComment: string | null;
  scheduledAt: string | null;
  history: ContentReviewEventView[];
}

export interface StaffPolicySummary extends PolicySummary {
  status: ContentStatus;
  statusLabel: string;
  authorName: string;
  updatedAt: string;
}

export interface StaffPolicyView extends Omit<PolicyView, 'interpretations'>, ContentWorkflowView {
  disclosureAttributeLabel: string;
  interpretations: (InterpretationSummary & { status: ContentStatus; statusLabel: string })[];
  attachmentIds: number[];
  needsInterpretation: boolean;
}

export interface StaffInterpretationSummary extends InterpretationSummary {
  status: ContentStatus;
  statusLabel: string;
  authorName: string;
  updatedAt: string;
}

export interface StaffInterpretationView extends InterpretationView, ContentWorkflowView {
  statusLabel: string;
}

export interface SavePolicy {
  title: string;
  documentNumber?: string | null;
  issuingBody: string;
  indexNumber?: string | null;
  writtenDate?: string | null;
  catalogNodeId?: number | null;
  validity?: PolicyValidity;
  replacedById?: number | null;
  disclosureAttribute?: DisclosureAttribute;
  bodyHtml: string;
  topicTags?: string[];
  enterpriseTags?: string[];
  attachmentIds?: number[];
  /** Not every document is a 重要政策 that needs a 解读; the compliance check skips those marked false. */
  needsInterpretation?: boolean;
}

export interface SaveInterpretation {
  policyId: number;
  title: string;
  form: InterpretationForm;
  source?: string | null;
  bodyHtml?: string;
  transcript?: string | null;
  mediaId?: number | null;
  posterId?: number | null;
  captionsId?: number | null;
  imageIds?: number[];
}

export interface ReviewRequest {
  action: ReviewAction;
  comment?: string;
  /** For `publish`: a future time publishes then (定时发布); absent or past publishes now. */
  publishAt?: string;
}

export interface PolicyQuery {
  catalogNodeId?: number;
  year?: number;
  issuingBody?: string;
  validity?: PolicyValidity;
  enterpriseTag?: string;
  page?: number;
  pageSize?: number;
}

export interface InterpretationQuery {
  form?: InterpretationForm;
  policyId?: number;
  page?: number;
  pageSize?: number;
}

export interface StaffContentQuery {
  status?: ContentStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface ChangeValidityRequest {
  validity: PolicyValidity;
  /** The document that replaces this one, or null to clear it. */
  replacedById?: number | null;
}

export type SearchType = 'policy' | 'interpretation';

export interface SearchQuery {
  q: string;
  type?: SearchType;
  catalogNodeId?: number;
  year?: number;
  issuingBody?: string;
  validity?: PolicyValidity;
  form?: InterpretationForm;
  page?: number;
  pageSize?: number;
}

export interface SearchItem {
  type: SearchType;
  id: number;
  title: string;
  /** HTML: the matched words in <em>, everything else escaped. */
  highlight: string;
  publishedAt: string | null;
  validityLabel: string;
  formLabel: string | null;
}

export interface SearchResponse {
  items: SearchItem[];
  total: number;
}

export interface SuggestResponse {
  items: string[];
}

/** What a compliance flag points at; `link` is the console route where it is fixed. */
export interface ComplianceTarget {
  type: 'policy' | 'catalog_node' | 'message' | 'consultation' | 'annual_report';
  id: number;
  name: string;
  /** A route of the staff console, e.g. "/catalog?node=12" or "/messages/3". */
  link: string;
  /** 责任科室; null when none is assigned yet (a message awaiting 分办, a catalog section without owners). */
  unitName: string | null;
}

export interface ComplianceFlag {
  kind:
    | 'missing_interpretation'
    | 'chart_audio_video_share'
    | 'video_share'
    | 'catalog_late'
    | 'message_late'
    | 'message_three_months'
    | 'consultation_adoption_missing'
    | 'annual_report_due';
  severity: 'ok' | 'warning' | 'violation';
  title: string;
  detail: string;
  targets: ComplianceTarget[];
}

export interface ComplianceReport {
  year: number;
  interpretations: number;
  chartAudioVideo: number;
  videoAnimation: number;
  flags: ComplianceFlag[];
}
