import { subscribeDataOf, subscribeFactsOf, templateKindOfNotice } from '@govopen/domain';
import { POLICY_PUSH_NOTICE_KIND, policyPushNotice } from './policy-push-notice';

describe('policyPushNotice', () => {
  const push = { id: 4, agencyId: 1, title: '技改设备补贴开始申报', summary: '10月31日前申报', body: '正文', link: '/packages/enterprise/pages/benefit/index?id=2&pushId=4' };

  it('is keyed per push and person, and goes with the policy_push template', () => {
    expect(policyPushNotice(push, 17)).toMatchObject({ recipientType: 'resident', recipientId: 17, idempotencyKey: 'push:4:17', kind: 'policy.push', subject: push.title, hint: push.summary });
    expect(templateKindOfNotice(POLICY_PUSH_NOTICE_KIND)).toBe('policy_push');
  });

  it('fills the WeChat fields with the title and summary as typed', () => {
    const facts = subscribeFactsOf(POLICY_PUSH_NOTICE_KIND, { subject: push.title, at: '2026-11-23T02:00:00Z', hint: push.summary });
    expect(subscribeDataOf('policy_push', facts)).toEqual({
      thing1: { value: '技改设备补贴开始申报' },
      phrase2: { value: '新政策' },
      time3: { value: '2026年11月23日 10:00' },
      thing4: { value: '10月31日前申报' },
    });
  });
});
