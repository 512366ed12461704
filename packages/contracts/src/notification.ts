/** One entry of the in-app 消息 list. */
export interface InboxMessage {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** A mini-program or console path to open. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

/** A resident's answers to wx.requestSubscribeMessage, per template id (POST /api/wechat/subscriptions). */
export interface RecordSubscriptions {
  results: Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;
}

/** One kind of notice a resident can be told about in WeChat, and where they stand (我的 · 消息提醒). */
export interface SubscriptionKind {
  kind: 'disclosure_progress' | 'message_reply' | 'consultation_result' | 'policy_push';
  label: string;
  description: string;
  /** Null when this deployment sends this kind in the app only. */
  templateId: string | null;
  /** Messages WeChat will still let us send (one per acceptance). */
  credits: number;
  lastResult: 'accept' | 'reject' | 'ban' | 'filter' | null;
}

export interface SubscriptionSettings {
  /** False in the H5 build and where no mini-program is configured: everything stays in the app. */
  wechatAvailable: boolean;
  kinds: SubscriptionKind[];
}

/** The WeChat copy of one notice, as staff see it (送达情况). */
export interface NoticeDelivery {
  id: number;
  kind: string;
  title: string;
  subject: string | null;
  /** The page of the case, message or draft concerned. */
  link: string | null;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'dead' | 'in_app_only' | 'not_applicable';
  attempts: number;
  errcode: number | null;
  /** Why it did not go out, in Chinese. */
  error: string | null;
  createdAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
  canResend: boolean;
}

export interface NoticeDeliveryQuery {
  status?: string;
  link?: string;
  page?: number;
  pageSize?: number;
}

export interface NoticeDeliveryPage {
  items: NoticeDelivery[];
  total: number;
  counts: Partial<Record<NoticeDelivery['status'], number>>;
}

/** What one dispatcher run did. */
export interface DispatchReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  unknown: number;
  deferredForQuota: number;
  /** Notices that were `sending` past their lease (an instance died mid-send), now `unknown`. */
  expired: number;
}
