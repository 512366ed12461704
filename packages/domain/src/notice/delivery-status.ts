/**
 * Where a notice's WeChat copy stands. The in-app inbox always has the notice (the outbox row itself); this is only
 * the subscribe message.
 */
export type DeliveryStatus =
  /** Waiting for the dispatcher (first try, a retry after backoff, or the next day after the quota). */
  | 'pending'
  /** Claimed by an instance and handed to WeChat; its outcome is being recorded. */
  | 'sending'
  | 'sent'
  /** WeChat refused it for good (bad openid or template, consent used, field invalid, page missing). */
  | 'failed'
  /** Still `sending` after its claim ran out (the instance died mid-send): WeChat may or may not have it. */
  | 'unknown'
  /** Failed transiently too often: given up, staff may try again. */
  | 'dead'
  /** No consent, no template for its kind, or an H5 resident: the app only. */
  | 'in_app_only'
  /** Staff notices: the console shows them; WeChat is not involved. */
  | 'not_applicable';

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已送达微信',
  failed: '发送失败',
  unknown: '结果未知',
  dead: '多次失败已停止',
  in_app_only: '仅站内消息',
  not_applicable: '站内消息',
};

/**
 * Whether staff may send it again. Only when WeChat surely does not have it: never for `unknown` (WeChat's send has
 * no idempotency key, so a resend could reach the person twice) and never for `sent`.
 */
export function canResend(status: DeliveryStatus): boolean {
  return status === 'failed' || status === 'dead';
}
