import { NoticeToSend } from '../notification/notification.service';

/** The notice kind of a push; its WeChat template is policy_push (templateKindOfNotice). */
export const POLICY_PUSH_NOTICE_KIND = 'policy.push';

interface PushFacts {
  id: number;
  agencyId: number;
  title: string;
  summary: string;
  body: string;
  link: string;
}

/** `push:{pushId}:{residentId}`: one notice per person per push, whatever runs, retries or shared memberships happen. */
export function policyPushKey(pushId: number, residentId: number): string {
  return `push:${pushId}:${residentId}`;
}

/** One member's notice: the inbox gets title and body; WeChat gets the title (政策名称) and summary (温馨提示). */
export function policyPushNotice(push: PushFacts, residentId: number): NoticeToSend {
  return {
    agencyId: push.agencyId,
    recipientType: 'resident',
    recipientId: residentId,
    kind: POLICY_PUSH_NOTICE_KIND,
    title: push.title,
    body: push.body,
    link: push.link,
    idempotencyKey: policyPushKey(push.id, residentId),
    subject: push.title,
    hint: push.summary,
  };
}
