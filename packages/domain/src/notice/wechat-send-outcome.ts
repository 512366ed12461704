/**
 * What to do after `subscribe/send` answered (or did not): the dispatcher's whole error policy, from WeChat's
 * documented codes (../shared/DOMAIN.md §6a).
 */
export type SendDisposition =
  /** WeChat was busy or unreachable: nothing was delivered; try again later with backoff. */
  | 'retry'
  /** The daily quota (45009) is used up: wait for the next China day, and tell staff. */
  | 'quota'
  /** WeChat refused this message for good: show it to staff, never resend on our own. */
  | 'permanent';

export interface SendVerdict {
  disposition: SendDisposition;
  /** For staff, in Chinese: why the message did not go out. */
  reason: string;
}

/** WeChat's `errmsg` for 47003 names the field ("argument invalid! data.thing1.value exceeds limit"). */
function invalidField(errmsg: string): string | null {
  return /data\.([a-z_]+\d*)/i.exec(errmsg)?.[1] ?? null;
}

/**
 * The verdict on an errcode (null: a network failure or an HTTP 5xx, which are transient). 40001/42001 never reach
 * here unless a fresh token was refused too: the client refreshes the access token once and sends again.
 */
export function judgeSendResult(errcode: number | null, errmsg = ''): SendVerdict {
  switch (errcode) {
    case null:
      return { disposition: 'retry', reason: '微信接口暂时无法访问' };
    case -1:
      return { disposition: 'retry', reason: '微信系统繁忙' };
    // Still refused after the client fetched a fresh token once: our side, and it passes.
    case 40001:
    case 42001:
      return { disposition: 'retry', reason: '微信访问令牌失效，稍后重试' };
    case 45009:
      return { disposition: 'quota', reason: '今日订阅消息发送量已达微信上限，将于次日继续发送' };
    case 40003:
      return { disposition: 'permanent', reason: '接收人的 openid 无效（40003）' };
    case 40037:
      return { disposition: 'permanent', reason: '订阅消息模板 ID 无效，请检查 WECHAT_SUBSCRIBE_TEMPLATES（40037）' };
    case 43101:
      return { disposition: 'permanent', reason: '用户拒绝接收或订阅次数已用完（43101）' };
    case 47003: {
      const field = invalidField(errmsg);
      return { disposition: 'permanent', reason: `模板字段${field ? ` ${field} ` : ''}的内容不符合微信要求（47003）` };
    }
    case 41030:
      return { disposition: 'permanent', reason: '消息跳转的小程序页面不存在（41030）' };
    default:
      return { disposition: 'permanent', reason: `微信拒绝发送（错误码 ${errcode}${errmsg ? `：${errmsg.slice(0, 60)}` : ''}）` };
  }
}

/** After this many transient failures a message is dead-lettered for staff. */
export const MAX_SEND_ATTEMPTS = 8;
const BASE_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 3_600;

/**
 * Seconds to wait before attempt `attempt + 1` after `attempt` transient failures: exponential from 30 s, capped at
 * an hour, with full jitter (a random point in the window) so instances that failed together do not retry together.
 * `random` is in [0, 1).
 */
export function retryDelaySeconds(attempt: number, random: number): number {
  const window = Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** Math.max(0, attempt - 1));
  return Math.max(1, Math.ceil(window * random));
}

/** The next China midnight (00:00 UTC+8) after `now`: WeChat's daily quota resets then. */
export function nextChinaDay(now: Date): Date {
  const chinaMidnight = Math.floor((now.getTime() + 8 * 3_600_000) / 86_400_000) * 86_400_000 - 8 * 3_600_000;
  return new Date(chinaMidnight + 86_400_000);
}
