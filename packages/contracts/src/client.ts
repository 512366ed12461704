import {
  CreateMessage,
  MessageStatsQuery,
  MessageBoardSetting,
  MessageContact,
  MessageEscalationCounts,
  MessageInboxQuery,
  MessageMonthStats,
  MessageReplyTemplate,
  MessageSettings,
  MessageView,
  PublicMessageQuery,
  PublicMessageView,
  RateMessage,
  SaveMessageSettings,
  StaffMessageAction,
  StaffMessageSummary,
  StaffMessageView,
} from './message';
import {
  ConsultationCommentView,
  ConsultationSummary,
  ConsultationView,
  ConsultationWindowRule,
  CreateConsultationComment,
  DecideComment,
  ModerateComment,
  PublishAdoption,
  RecordDecision,
  SaveConsultation,
  WindowRuleQuery,
  StaffConsultationSummary,
  StaffConsultationView,
} from './consultation';
import { AuditLogEntry, AuditLogQuery } from './audit';
import { AssignKeyTask, ImportKeyTasks, KeyTaskImportPreview, KeyTaskLedgerQuery, KeyTaskLedgerSummary, KeyTaskLedgerView, KeyTaskView, ReportKeyTaskProgress } from './key-task';
import {
  AnnualReportSummary,
  AnnualReportView,
  OverrideAnnualReportCell,
  PublicAnnualReportSummary,
  ImportAnnualReport,
  PublicAnnualReportDocument,
  RemoveAnnualReportOverrideQuery,
  ReturnAnnualReport,
  SaveAnnualReport,
} from './annual-report';
import {
  AuthOptions,
  ChangePasswordRequest,
  DevLoginRequest,
  RefreshTokenRequest,
  ResidentProfile,
  ResidentTokenResponse,
  StaffLoginRequest,
  StaffProfile,
  TokenResponse,
  WechatLoginRequest,
} from './auth';
import {
  AddWorkingDaysResponse,
  CalendarDayResponse,
  CalendarStatus,
  CalendarYearDetail,
  CalendarYearSummary,
  PutCalendarYearRequest,
} from './calendar';
import { CatalogNodeView, StaffCatalogNodeView, UpdateCatalogNode } from './catalog';
import { DisclosureGuideAdminView, DisclosureGuideVersionView, PublicDisclosureGuideView, SaveDisclosureGuide } from './disclosure-guide';
import {
  ChangeValidityRequest,
  ComplianceReport,
  InterpretationQuery,
  InterpretationSummary,
  InterpretationView,
  PolicyQuery,
  PolicySummary,
  PolicyValidity,
  PolicyView,
  ReviewRequest,
  SaveInterpretation,
  SavePolicy,
  SearchQuery,
  SearchResponse,
  StaffContentQuery,
  StaffInterpretationSummary,
  StaffInterpretationView,
  StaffPolicySummary,
  StaffPolicyView,
  SuggestResponse,
} from './policy';
import { ApiErrorBody, HealthResponse, Page } from './common';
import { DashboardSummary } from './dashboard';
import { StatisticsReport } from './statistics';
import { DispatchReport, InboxMessage, NoticeDelivery, NoticeDeliveryPage, NoticeDeliveryQuery, RecordSubscriptions, SubscriptionSettings } from './notification';
import {
  CreateDisclosureRequest,
  CreateDisclosureRequestOnBehalf,
  DisclosureAction,
  DisclosureLetter,
  DisclosurePersonalData,
  LetterTemplateView,
  SaveLetterTemplate,
  DisclosureQueueCounts,
  DisclosureQueueCountsQuery,
  DisclosureQueueQuery,
  DisclosureRequestSummary,
  DisclosureRequestView,
  GiveReasonsRequest,
  StaffDisclosureRequestView,
  SupplementDisclosureRequest,
} from './disclosure-request';
import {
  BindEnterprise,
  ChangeEnterpriseMemberRole,
  ComposePolicyPush,
  DecidePolicyPush,
  EnterpriseBindingQuery,
  EnterpriseBindingView,
  EnterpriseColleagueView,
  EnterpriseDistricts,
  EnterpriseInvitationView,
  EnterpriseMemberPhone,
  EnterpriseOptions,
  EnterpriseVerificationDecision,
  MyEnterpriseView,
  PolicyBenefitQuery,
  PolicyBenefitSummary,
  PolicyBenefitView,
  PolicyCalculatorRequest,
  PolicyCalculatorResponse,
  PolicyPushAudience,
  PolicyPushAudienceRequest,
  PolicyPushQuery,
  PolicyPushRecipientView,
  PolicyPushRunReport,
  PolicyPushSummary,
  PolicyPushView,
  RejectEnterpriseBinding,
  SaveEnterpriseSubscription,
  SavePolicyBenefit,
  StaffEnterpriseQuery,
  StaffEnterpriseSummary,
  StaffEnterpriseView,
  StaffPolicyBenefitQuery,
  StaffPolicyBenefitView,
  UpdateEnterprise,
} from './enterprise';
import { CreateStaffRequest, CreateUnitRequest, StaffUser, Unit, UpdateStaffRequest, UpdateUnitRequest } from './organization';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  /** Path under /api, e.g. `/calendar/days/2024-10-01`, with the query string already appended. */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface TransportResponse {
  status: number;
  data: unknown;
}

/** How bytes move: `fetch` in the browser and tests, `Taro.request` in the mini-program. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiRequestError';
  }
}

export function fetchTransport(baseUrl: string): Transport {
  return async ({ method, path, headers, body }) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, data: text ? JSON.parse(text) : null };
  };
}

export interface ApiClientOptions {
  transport: Transport;
  getToken?: () => string | null;
  /**
   * Called once when a request made with a token answers 401: renews the session (refresh token, or a new sign-in)
   * and answers whether to retry. Residents' access tokens live two hours, so the app needs this.
   */
  renewSession?: () => Promise<boolean>;
}

function queryString(query: object | undefined): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export function createApiClient({ transport, getToken, renewSession }: ApiClientOptions) {
  async function send(method: HttpMethod, path: string, body: unknown) {
    const token = getToken?.();
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return { token, response: await transport({ method, path, headers, body }) };
  }

  async function call<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
    let { token, response } = await send(method, path, body);
    // Sign-in routes answer 401 for a wrong credential, not an expired session: never renew on them.
    if (response.status === 401 && token && renewSession && !path.startsWith('/auth/') && (await renewSession())) {
      ({ token, response } = await send(method, path, body));
    }
    const { status, data } = response;
    if (status >= 400) {
      const error = (data ?? {}) as Partial<ApiErrorBody>;
      throw new ApiRequestError(status, {
        statusCode: status,
        code: error.code ?? 'UNKNOWN',
        message: error.message ?? `请求失败（${status}）`,
        field: error.field,
      });
    }
    return data as T;
  }

  return {
    health: () => call<HealthResponse>('GET', '/health'),
    calendar: {
      day: (date: string) => call<CalendarDayResponse>('GET', `/calendar/days/${encodeURIComponent(date)}`),
      addWorkingDays: (from: string, days: number) =>
        call<AddWorkingDaysResponse>('GET', `/calendar/add-working-days${queryString({ from, days })}`),
    },
    messages: {
      boards: () => call<MessageBoardSetting[]>('GET', '/messages/boards'),
      create: (message: CreateMessage) => call<MessageView>('POST', '/messages', message),
      list: (query: PublicMessageQuery = {}) =>
        call<Page<PublicMessageView>>('GET', `/messages${queryString(query)}`),
      mine: () => call<MessageView[]>('GET', '/messages/mine'),
      get: (id: number) => call<MessageView | PublicMessageView>('GET', `/messages/${id}`),
      rate: (id: number, rating: RateMessage) => call<MessageView>('POST', `/messages/${id}/rating`, rating),
      stats: (month: string) => call<MessageMonthStats>('GET', `/messages/stats${queryString({ month } satisfies MessageStatsQuery)}`),
    },
    consultations: {
      list: () => call<ConsultationSummary[]>('GET', '/consultations'),
      get: (id: number) => call<ConsultationView>('GET', `/consultations/${id}`),
      comment: (id: number, comment: CreateConsultationComment) => call<ConsultationCommentView>('POST', `/consultations/${id}/comments`, comment),
    },
    disclosureRequests: {
      create: (request: CreateDisclosureRequest) => call<DisclosureRequestView>('POST', '/disclosure-requests', request),
      mine: () => call<DisclosureRequestView[]>('GET', '/disclosure-requests/mine'),
      get: (id: number) => call<DisclosureRequestView>('GET', `/disclosure-requests/${id}`),
      withdraw: (id: number) => call<DisclosureRequestView>('POST', `/disclosure-requests/${id}/withdraw`),
      supplement: (id: number, content: string, attachmentIds?: number[]) =>
        call<DisclosureRequestView>('POST', `/disclosure-requests/${id}/supplement`, { content, attachmentIds } satisfies SupplementDisclosureRequest),
      letters: (id: number) => call<DisclosureLetter[]>('GET', `/disclosure-requests/${id}/letters`),
      /** Art. 35: the applicant's reasons, within the period the agency gave. */
      giveReasons: (id: number, content: string) => call<DisclosureRequestView>('POST', `/disclosure-requests/${id}/reasons`, { content } satisfies GiveReasonsRequest),
      /** The app shows a fee notice: that day is its receipt (109号 Art. 7). Repeating it changes nothing. */
      acknowledgeFeeNotice: (id: number) => call<DisclosureRequestView>('POST', `/disclosure-requests/${id}/fee-notice-receipt`),
    },
    catalog: () => call<CatalogNodeView[]>('GET', '/catalog'),
    /** 政府信息公开指南 (条例 Art. 12), its latest version. */
    disclosureGuide: () => call<PublicDisclosureGuideView>('GET', '/disclosure-guide'),
    /** 政府信息公开工作年度报告, once published. */
    annualReports: {
      list: () => call<PublicAnnualReportSummary[]>('GET', '/annual-reports'),
      get: (year: number) => call<PublicAnnualReportDocument>('GET', `/annual-reports/${year}`),
      /** The page in the official layout (text/html), under /api: for a link or a web view, not for `call`. */
      htmlPath: (year: number) => `/annual-reports/${year}.html`,
    },
    policies: {
      list: (query: PolicyQuery = {}) => call<Page<PolicySummary>>('GET', `/policies${queryString(query)}`),
      get: (id: number) => call<PolicyView>('GET', `/policies/${id}`),
    },
    interpretations: {
      list: (query: InterpretationQuery = {}) => call<Page<InterpretationSummary>>('GET', `/interpretations${queryString(query)}`),
      get: (id: number) => call<InterpretationView>('GET', `/interpretations/${id}`),
    },
    search: (query: SearchQuery) => call<SearchResponse>('GET', `/search${queryString(query)}`),
    suggest: (q: string) => call<SuggestResponse>('GET', `/search/suggest${queryString({ q })}`),
    notifications: {
      mine: () => call<InboxMessage[]>('GET', '/notifications/mine'),
      read: (id: number) => call<void>('POST', `/notifications/${id}/read`),
    },
    enterpriseOptions: () => call<EnterpriseOptions>('GET', '/enterprise-options'),
    enterprises: {
      /** Claims an enterprise: 201 with a pending verification. */
      bind: (enterprise: BindEnterprise) => call<MyEnterpriseView>('POST', '/enterprises', enterprise),
      mine: () => call<MyEnterpriseView[]>('GET', '/enterprises/mine'),
      get: (id: number) => call<MyEnterpriseView>('GET', `/enterprises/${id}`),
      update: (id: number, profile: UpdateEnterprise) => call<MyEnterpriseView>('PUT', `/enterprises/${id}`, profile),
      invite: (id: number) => call<EnterpriseInvitationView>('POST', `/enterprises/${id}/invitations`),
      acceptInvitation: (code: string) => call<MyEnterpriseView>('POST', `/enterprise-invitations/${encodeURIComponent(code)}/accept`),
      leave: (id: number) => call<void>('POST', `/enterprises/${id}/leave`),
      members: (id: number) => call<EnterpriseColleagueView[]>('GET', `/enterprises/${id}/members`),
      /** A verified 管理员 sets a colleague's role; the answer is the members after the change. */
      changeMemberRole: (id: number, memberId: number, change: ChangeEnterpriseMemberRole) => call<EnterpriseColleagueView[]>('PUT', `/enterprises/${id}/members/${memberId}/role`, change),
      saveSubscription: (id: number, subscription: SaveEnterpriseSubscription) => call<MyEnterpriseView>('PUT', `/enterprises/${id}/subscription`, subscription),
      matches: (id: number) => call<PolicyCalculatorResponse>('GET', `/enterprises/${id}/matches`),
    },
    policyBenefits: {
      list: (query: PolicyBenefitQuery = {}) => call<Page<PolicyBenefitSummary>>('GET', `/policy-benefits${queryString(query)}`),
      get: (id: number) => call<PolicyBenefitView>('GET', `/policy-benefits/${id}`),
    },
    /** 政策计算器: no sign-in needed. */
    policyCalculator: (request: PolicyCalculatorRequest) => call<PolicyCalculatorResponse>('POST', '/policy-calculator', request),
    policyPushes: {
      /** The page was opened from the push (WeChat message or inbox): counts as opened. */
      opened: (id: number) => call<void>('POST', `/policy-pushes/${id}/opened`),
    },
    wechat: {
      subscriptions: () => call<SubscriptionSettings>('GET', '/wechat/subscriptions'),
      recordSubscriptions: (body: RecordSubscriptions) => call<SubscriptionSettings>('POST', '/wechat/subscriptions', body),
    },
    auth: {
      options: () => call<AuthOptions>('GET', '/auth/options'),
      wechat: (code: string) => call<ResidentTokenResponse>('POST', '/auth/wechat', { code } satisfies WechatLoginRequest),
      devLogin: (openid: string) => call<ResidentTokenResponse>('POST', '/auth/dev-login', { openid } satisfies DevLoginRequest),
      refresh: (refreshToken: string) => call<ResidentTokenResponse>('POST', '/auth/refresh', { refreshToken } satisfies RefreshTokenRequest),
      revokeSessions: () => call<void>('POST', '/auth/sessions/revoke'),
      me: () => call<ResidentProfile>('GET', '/auth/me'),
    },
    admin: {
      login: (request: StaffLoginRequest) => call<TokenResponse>('POST', '/admin/auth/login', request),
      me: () => call<StaffProfile>('GET', '/admin/auth/me'),
      changePassword: (request: ChangePasswordRequest) => call<void>('POST', '/admin/auth/password', request),
      dashboard: () => call<DashboardSummary>('GET', '/admin/dashboard'),
      calendar: {
        status: () => call<CalendarStatus>('GET', '/admin/calendar/status'),
        years: () => call<CalendarYearSummary[]>('GET', '/admin/calendar/years'),
        year: (year: number) => call<CalendarYearDetail>('GET', `/admin/calendar/years/${year}`),
        putYear: (year: number, request: PutCalendarYearRequest) =>
          call<CalendarYearDetail>('PUT', `/admin/calendar/years/${year}`, request),
      },
      units: {
        list: () => call<Unit[]>('GET', '/admin/units'),
        create: (request: CreateUnitRequest) => call<Unit>('POST', '/admin/units', request),
        update: (id: number, request: UpdateUnitRequest) => call<Unit>('PATCH', `/admin/units/${id}`, request),
      },
      staff: {
        list: () => call<StaffUser[]>('GET', '/admin/staff'),
        create: (request: CreateStaffRequest) => call<StaffUser>('POST', '/admin/staff', request),
        update: (id: number, request: UpdateStaffRequest) => call<StaffUser>('PATCH', `/admin/staff/${id}`, request),
      },
      messages: {
        inbox: (query: MessageInboxQuery = {}) => call<Page<StaffMessageSummary>>('GET', `/admin/messages${queryString(query)}`),
        get: (id: number) => call<StaffMessageView>('GET', `/admin/messages/${id}`),
        contact: (id: number) => call<MessageContact>('GET', `/admin/messages/${id}/contact`),
        act: (id: number, action: StaffMessageAction) => call<StaffMessageView>('POST', `/admin/messages/${id}/actions`, action),
        escalation: () => call<MessageEscalationCounts>('GET', '/admin/messages/escalation'),
        templates: () => call<MessageReplyTemplate[]>('GET', '/admin/messages/templates'),
        settings: () => call<MessageSettings>('GET', '/admin/messages/settings'),
        saveSettings: (settings: SaveMessageSettings) => call<MessageSettings>('PUT', '/admin/messages/settings', settings),
      },
      consultations: {
        list: () => call<StaffConsultationSummary[]>('GET', '/admin/consultations'),
        windowRule: (startDate: string) => call<ConsultationWindowRule>('GET', `/admin/consultations/window-rule${queryString({ startDate } satisfies WindowRuleQuery)}`),
        get: (id: number) => call<StaffConsultationView>('GET', `/admin/consultations/${id}`),
        create: (consultation: SaveConsultation) => call<StaffConsultationView>('POST', '/admin/consultations', consultation),
        update: (id: number, consultation: SaveConsultation) => call<StaffConsultationView>('PUT', `/admin/consultations/${id}`, consultation),
        publish: (id: number) => call<StaffConsultationView>('POST', `/admin/consultations/${id}/publish`),
        recordDecision: (id: number, decision: RecordDecision) => call<StaffConsultationView>('PUT', `/admin/consultations/${id}/decision`, decision),
        moderateComment: (id: number, commentId: number, moderation: ModerateComment) =>
          call<StaffConsultationView>('POST', `/admin/consultations/${id}/comments/${commentId}/moderation`, moderation),
        decideComment: (id: number, commentId: number, decision: DecideComment) =>
          call<StaffConsultationView>('POST', `/admin/consultations/${id}/comments/${commentId}/decision`, decision),
        saveAdoption: (id: number, adoption: PublishAdoption) => call<StaffConsultationView>('PUT', `/admin/consultations/${id}/adoption`, adoption),
        publishAdoption: (id: number, adoption: PublishAdoption) => call<StaffConsultationView>('POST', `/admin/consultations/${id}/adoption/publish`, adoption),
      },
      disclosureRequests: {
        queue: (query: DisclosureQueueQuery = {}) =>
          call<Page<DisclosureRequestSummary>>('GET', `/admin/disclosure-requests${queryString(query)}`),
        queueCounts: (query: DisclosureQueueCountsQuery = {}) =>
          call<DisclosureQueueCounts>('GET', `/admin/disclosure-requests/queue-counts${queryString(query)}`),
        get: (id: number) => call<StaffDisclosureRequestView>('GET', `/admin/disclosure-requests/${id}`),
        letters: (id: number) => call<DisclosureLetter[]>('GET', `/admin/disclosure-requests/${id}/letters`),
        deliveries: (id: number) => call<NoticeDelivery[]>('GET', `/admin/disclosure-requests/${id}/deliveries`),
        personalData: (id: number) => call<DisclosurePersonalData>('GET', `/admin/disclosure-requests/${id}/personal-data`),
        act: (id: number, action: DisclosureAction) => call<StaffDisclosureRequestView>('POST', `/admin/disclosure-requests/${id}/actions`, action),
        createOnBehalf: (request: CreateDisclosureRequestOnBehalf) => call<StaffDisclosureRequestView>('POST', '/admin/disclosure-requests', request),
      },
      catalog: () => call<StaffCatalogNodeView[]>('GET', '/admin/catalog'),
      updateCatalogNode: (id: number, changes: UpdateCatalogNode) => call<StaffCatalogNodeView[]>('PATCH', `/admin/catalog/${id}`, changes),
      policies: {
        list: (query: StaffContentQuery = {}) => call<Page<StaffPolicySummary>>('GET', `/admin/policies${queryString(query)}`),
        get: (id: number) => call<StaffPolicyView>('GET', `/admin/policies/${id}`),
        create: (policy: SavePolicy) => call<StaffPolicyView>('POST', '/admin/policies', policy),
        update: (id: number, policy: SavePolicy) => call<StaffPolicyView>('PUT', `/admin/policies/${id}`, policy),
        review: (id: number, request: ReviewRequest) => call<StaffPolicyView>('POST', `/admin/policies/${id}/review`, request),
        changeValidity: (id: number, validity: PolicyValidity, replacedById?: number | null) =>
          call<StaffPolicyView>('POST', `/admin/policies/${id}/validity`, { validity, replacedById } satisfies ChangeValidityRequest),
      },
      interpretations: {
        list: (query: StaffContentQuery = {}) => call<Page<StaffInterpretationSummary>>('GET', `/admin/interpretations${queryString(query)}`),
        get: (id: number) => call<StaffInterpretationView>('GET', `/admin/interpretations/${id}`),
        create: (item: SaveInterpretation) => call<StaffInterpretationView>('POST', '/admin/interpretations', item),
        update: (id: number, item: SaveInterpretation) => call<StaffInterpretationView>('PUT', `/admin/interpretations/${id}`, item),
        review: (id: number, request: ReviewRequest) => call<StaffInterpretationView>('POST', `/admin/interpretations/${id}/review`, request),
      },
      compliance: () => call<ComplianceReport>('GET', '/admin/publishing/compliance'),
      statistics: {
        get: (year: number) => call<StatisticsReport>('GET', `/admin/statistics/${year}`),
        /** The download (Excel) under /api; fetch it with the staff token. */
        xlsxPath: (year: number) => `/admin/statistics/${year}.xlsx`,
      },
      annualReports: {
        list: () => call<AnnualReportSummary[]>('GET', '/admin/annual-reports'),
        get: (year: number) => call<AnnualReportView>('GET', `/admin/annual-reports/${year}`),
        save: (year: number, report: SaveAnnualReport) => call<AnnualReportView>('PUT', `/admin/annual-reports/${year}`, report),
        override: (year: number, override: OverrideAnnualReportCell) => call<AnnualReportView>('POST', `/admin/annual-reports/${year}/overrides`, override),
        removeOverride: (year: number, cell: string) => call<AnnualReportView>('DELETE', `/admin/annual-reports/${year}/overrides${queryString({ cell } satisfies RemoveAnnualReportOverrideQuery)}`),
        submit: (year: number) => call<AnnualReportView>('POST', `/admin/annual-reports/${year}/submit`),
        approve: (year: number) => call<AnnualReportView>('POST', `/admin/annual-reports/${year}/approve`),
        returnToDraft: (year: number, comment: string) => call<AnnualReportView>('POST', `/admin/annual-reports/${year}/return`, { comment } satisfies ReturnAnnualReport),
        publish: (year: number) => call<AnnualReportView>('POST', `/admin/annual-reports/${year}/publish`),
        import: (report: ImportAnnualReport) => call<PublicAnnualReportSummary>('POST', '/admin/annual-reports/imports', report),
        /** The downloads (Word, Excel) under /api; fetch them with the staff token. */
        docxPath: (year: number) => `/admin/annual-reports/${year}.docx`,
        xlsxPath: (year: number) => `/admin/annual-reports/${year}.xlsx`,
      },
      keyTasks: {
        preview: (request: ImportKeyTasks) => call<KeyTaskImportPreview>('POST', '/admin/key-task-ledgers/preview', request),
        importLedger: (request: ImportKeyTasks) => call<KeyTaskLedgerView>('POST', '/admin/key-task-ledgers', request),
        ledgers: () => call<KeyTaskLedgerSummary[]>('GET', '/admin/key-task-ledgers'),
        ledger: (id: number, query: KeyTaskLedgerQuery = {}) => call<KeyTaskLedgerView>('GET', `/admin/key-task-ledgers/${id}${queryString(query)}`),
        assign: (taskId: number, assignment: AssignKeyTask) => call<KeyTaskView>('PUT', `/admin/key-tasks/${taskId}/unit`, assignment),
        reportProgress: (taskId: number, report: ReportKeyTaskProgress) => call<KeyTaskView>('POST', `/admin/key-tasks/${taskId}/progress`, report),
        /** The one-page ledger (Excel) under /api; fetch it with the staff token. */
        xlsxPath: (id: number) => `/admin/key-task-ledgers/${id}.xlsx`,
      },
      disclosureGuide: {
        get: () => call<DisclosureGuideAdminView>('GET', '/admin/disclosure-guide'),
        /** Every save is a new version; the earlier ones stay readable. */
        save: (guide: SaveDisclosureGuide) => call<DisclosureGuideAdminView>('PUT', '/admin/disclosure-guide', guide),
        version: (version: number) => call<DisclosureGuideVersionView>('GET', `/admin/disclosure-guide/versions/${version}`),
      },
      letterTemplates: {
        list: () => call<LetterTemplateView[]>('GET', '/admin/letter-templates'),
        save: (key: string, template: SaveLetterTemplate) => call<LetterTemplateView>('PUT', `/admin/letter-templates/${encodeURIComponent(key)}`, template),
        reset: (key: string) => call<LetterTemplateView>('DELETE', `/admin/letter-templates/${encodeURIComponent(key)}`),
      },
      notifications: {
        mine: () => call<InboxMessage[]>('GET', '/admin/notifications/mine'),
        read: (id: number) => call<void>('POST', `/admin/notifications/${id}/read`),
      },
      deliveries: {
        list: (query: NoticeDeliveryQuery = {}) => call<NoticeDeliveryPage>('GET', `/admin/deliveries${queryString(query)}`),
        resend: (id: number) => call<NoticeDelivery>('POST', `/admin/deliveries/${id}/resend`),
        run: () => call<DispatchReport>('POST', '/admin/deliveries/run'),
      },
      audit: {
        list: (query: AuditLogQuery = {}) => call<Page<AuditLogEntry>>('GET', `/admin/audit-logs${queryString(query)}`),
      },
      enterpriseBindings: {
        list: (query: EnterpriseBindingQuery = {}) => call<Page<EnterpriseBindingView>>('GET', `/admin/enterprise-bindings${queryString(query)}`),
        approve: (id: number) => call<EnterpriseBindingView>('POST', `/admin/enterprise-bindings/${id}/approve`),
        reject: (id: number, request: RejectEnterpriseBinding) => call<EnterpriseBindingView>('POST', `/admin/enterprise-bindings/${id}/reject`, request),
      },
      enterprises: {
        list: (query: StaffEnterpriseQuery = {}) => call<Page<StaffEnterpriseSummary>>('GET', `/admin/enterprises${queryString(query)}`),
        get: (id: number) => call<StaffEnterpriseView>('GET', `/admin/enterprises/${id}`),
        verification: (id: number, decision: EnterpriseVerificationDecision) => call<StaffEnterpriseView>('POST', `/admin/enterprises/${id}/verification`, decision),
        memberPhone: (id: number, memberId: number) => call<EnterpriseMemberPhone>('GET', `/admin/enterprises/${id}/members/${memberId}/phone`),
        districts: () => call<EnterpriseDistricts>('GET', '/admin/enterprise-districts'),
        saveDistricts: (districts: EnterpriseDistricts) => call<EnterpriseDistricts>('PUT', '/admin/enterprise-districts', districts),
      },
      policyBenefits: {
        list: (query: StaffPolicyBenefitQuery = {}) => call<Page<StaffPolicyBenefitView>>('GET', `/admin/policy-benefits${queryString(query)}`),
        get: (id: number) => call<StaffPolicyBenefitView>('GET', `/admin/policy-benefits/${id}`),
        create: (item: SavePolicyBenefit) => call<StaffPolicyBenefitView>('POST', '/admin/policy-benefits', item),
        update: (id: number, item: SavePolicyBenefit) => call<StaffPolicyBenefitView>('PUT', `/admin/policy-benefits/${id}`, item),
        publish: (id: number) => call<StaffPolicyBenefitView>('POST', `/admin/policy-benefits/${id}/publish`),
        unpublish: (id: number) => call<StaffPolicyBenefitView>('POST', `/admin/policy-benefits/${id}/unpublish`),
      },
      pushes: {
        /** The live audience of a composition, before it is saved. */
        audience: (request: PolicyPushAudienceRequest) => call<PolicyPushAudience>('POST', '/admin/pushes/audience', request),
        create: (push: ComposePolicyPush) => call<PolicyPushView>('POST', '/admin/pushes', push),
        list: (query: PolicyPushQuery = {}) => call<Page<PolicyPushSummary>>('GET', `/admin/pushes${queryString(query)}`),
        get: (id: number) => call<PolicyPushView>('GET', `/admin/pushes/${id}`),
        /** The composer edits a submitted or returned push; it goes back for approval. */
        update: (id: number, push: ComposePolicyPush) => call<PolicyPushView>('PUT', `/admin/pushes/${id}`, push),
        approval: (id: number, decision: DecidePolicyPush) => call<PolicyPushView>('POST', `/admin/pushes/${id}/approval`, decision),
        cancel: (id: number) => call<PolicyPushView>('POST', `/admin/pushes/${id}/cancel`),
        /** Sends an approved, due push now (a timer does it too); a re-run writes only what is missing. */
        send: (id: number) => call<PolicyPushRunReport>('POST', `/admin/pushes/${id}/send`),
        recipients: (id: number, query: { page?: number; pageSize?: number } = {}) =>
          call<Page<PolicyPushRecipientView>>('GET', `/admin/pushes/${id}/recipients${queryString(query)}`),
      },
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
