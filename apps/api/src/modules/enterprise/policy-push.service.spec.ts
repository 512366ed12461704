import { StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { PolicyBenefit } from './policy-benefit.entity';
import { PolicyBenefitRepository } from './policy-benefit.repository';
import { PolicyPush } from './policy-push.entity';
import { PolicyPushRepository } from './policy-push.repository';
import { PolicyPushService } from './policy-push.service';

const NOW = new Date('2026-11-23T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const actor: Actor = { type: 'staff', id: 0, name: 'x', ip: null, userAgent: null };

const PUBLISHER: StaffPrincipal = { id: 5, username: 'publisher', displayName: '孙发布', agencyId: 1, unitId: null, roles: [StaffRole.PUBLISHER] };
const HEAD: StaffPrincipal = { id: 2, username: 'head', displayName: '王公开', agencyId: 1, unitId: null, roles: [StaffRole.OFFICE_HEAD] };

function push(overrides: Partial<PolicyPush> = {}): PolicyPush {
  return { id: 9, agencyId: 1, benefitId: 3, title: '技改补贴开始申报', summary: '请及时申报', body: '正文', includeCheck: false, link: '/x', status: 'submitted', composedBy: PUBLISHER.id, composedByName: '孙发布', approvedBy: null, approvedByName: null, approvedAt: null, returnReason: null, scheduledAt: null, sentAt: null, runClaimedBy: null, runClaimedUntil: null, enterprises: 0, recipients: 0, createdAt: NOW, updatedAt: NOW, ...overrides };
}

function build(found: PolicyPush, benefitStatus: PolicyBenefit['status'] = 'published') {
  const built = newTestService(PolicyPushService, { byType: [[Clock, { now: () => NOW }]] });
  const repository = built.mock(PolicyPushRepository);
  repository.transaction.mockImplementation((work) => work(tx));
  repository.find.mockResolvedValue(found);
  repository.updateFrom.mockResolvedValue(true);
  built.mock(PolicyBenefitRepository).find.mockResolvedValue({ id: 3, status: benefitStatus } as PolicyBenefit);
  // The view after the decision is not what these cases are about.
  jest.spyOn(built.sut, 'get').mockResolvedValue({} as never);
  return { ...built, repository, audit: built.mock(AuditService) };
}

describe('PolicyPushService.decide (审核)', () => {
  it('refuses the composer approving their own push, changing nothing', async () => {
    const { sut, repository, audit } = build(push());
    await expect(sut.decide(PUBLISHER, 9, { approved: true }, actor)).rejects.toMatchObject({ code: 'FOUR_EYES_REQUIRED', article: '《政府信息公开条例》第十七条' });
    expect(repository.updateFrom).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('lets a second person approve, from submitted only, and audits it in the same transaction', async () => {
    const { sut, repository, audit } = build(push());
    await sut.decide(HEAD, 9, { approved: true }, actor);
    expect(repository.updateFrom).toHaveBeenCalledWith(tx, expect.objectContaining({ status: 'approved', approvedBy: HEAD.id, approvedByName: '王公开', approvedAt: NOW }), ['submitted']);
    expect(audit.record).toHaveBeenCalledWith(actor, expect.objectContaining({ action: 'policy_push.approve', targetId: 9 }), tx);
  });

  it.each`
    edge                                    | found                            | decision                         | code
    ${'approving twice'}                    | ${push({ status: 'approved' })}  | ${{ approved: true }}            | ${'POLICY_PUSH_WRONG_STATUS'}
    ${'approving a cancelled push'}         | ${push({ status: 'cancelled' })} | ${{ approved: true }}            | ${'POLICY_PUSH_WRONG_STATUS'}
    ${'returning without a reason'}         | ${push()}                        | ${{ approved: false, reason: ' ' }} | ${ErrorCode.VALIDATION_FAILED}
  `('refuses $edge', async ({ found, decision, code }) => {
    const { sut, repository } = build(found);
    await expect(sut.decide(HEAD, 9, decision, actor)).rejects.toMatchObject({ code });
    expect(repository.updateFrom).not.toHaveBeenCalled();
  });

  it('refuses approving a push whose item was withdrawn meanwhile', async () => {
    const { sut } = build(push(), 'draft');
    await expect(sut.decide(HEAD, 9, { approved: true }, actor)).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
  });

  it('returns a push with the reason for its composer', async () => {
    const { sut, repository } = build(push());
    await sut.decide(HEAD, 9, { approved: false, reason: '标题请写明申报截止日期' }, actor);
    expect(repository.updateFrom).toHaveBeenCalledWith(tx, expect.objectContaining({ status: 'returned', returnReason: '标题请写明申报截止日期' }), ['submitted']);
  });
});

describe('PolicyPushService.cancel', () => {
  it('cancels before sending, never after', async () => {
    const approved = build(push({ status: 'approved' }));
    await approved.sut.cancel(PUBLISHER, 9, actor);
    expect(approved.repository.updateFrom).toHaveBeenCalledWith(tx, expect.objectContaining({ status: 'cancelled' }), ['approved']);
    const sending = build(push({ status: 'sending' }));
    await expect(sending.sut.cancel(HEAD, 9, actor)).rejects.toMatchObject({ code: 'POLICY_PUSH_WRONG_STATUS' });
  });

  it('is the composer’s or a publisher’s or office head’s to do', async () => {
    const { sut } = build(push({ composedBy: 77 }));
    const handler: StaffPrincipal = { ...PUBLISHER, id: 6, roles: [StaffRole.HANDLER] };
    await expect(sut.cancel(handler, 9, actor)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
  });
});

describe('PolicyPushService.update (修改后重新提交)', () => {
  const rewritten = { benefitId: 3, title: '技改补贴10月31日截止', summary: '请于10月31日前申报' };

  it('takes the composer’s rewrite of a returned push back to 待审核 and tells the approvers again', async () => {
    const { sut, repository, audit, mock } = build(push({ status: 'returned', returnReason: '标题请写明截止日期' }));
    repository.approvers.mockResolvedValue([HEAD.id]);
    await sut.update(PUBLISHER, 9, rewritten, actor);
    expect(repository.updateFrom).toHaveBeenCalledWith(tx, expect.objectContaining({ status: 'submitted', title: '技改补贴10月31日截止', returnReason: null }), ['returned']);
    expect(audit.record).toHaveBeenCalledWith(actor, expect.objectContaining({ action: 'policy_push.update', targetId: 9 }), tx);
    expect(mock(NotificationService).enqueue).toHaveBeenCalledWith(tx, expect.objectContaining({ recipientId: HEAD.id, kind: 'policy_push.submitted', title: '退回的惠企政策推送已修改，待重新审核' }));
  });

  it.each`
    edge                                         | found                           | staff        | code
    ${'the approver rewriting it'}               | ${push({ status: 'returned' })} | ${HEAD}      | ${'POLICY_PUSH_NOT_COMPOSER'}
    ${'rewriting what was approved'}             | ${push({ status: 'approved' })} | ${PUBLISHER} | ${'POLICY_PUSH_WRONG_STATUS'}
  `('refuses $edge, changing nothing', async ({ found, staff, code }) => {
    const { sut, repository, audit } = build(found);
    await expect(sut.update(staff, 9, rewritten, actor)).rejects.toMatchObject({ code });
    expect(repository.updateFrom).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });
});
