import { StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { EnterpriseBindingService } from './enterprise-binding.service';
import { Enterprise, EnterpriseMember } from './enterprise.entity';
import { EnterpriseRepository } from './enterprise.repository';

// file-type ships ESM only, which this CommonJS test runner cannot load; the media service is auto-mocked here anyway.
jest.mock('file-type', () => ({ fileTypeFromBuffer: undefined }), { virtual: true });

const NOW = new Date('2026-11-23T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const actor: Actor = { type: 'staff', id: 2, name: 'head', ip: null, userAgent: null };
const HEAD: StaffPrincipal = { id: 2, username: 'head', displayName: '王公开', agencyId: 1, unitId: null, roles: [StaffRole.OFFICE_HEAD] };

function member(id: number, overrides: Partial<EnterpriseMember> = {}): EnterpriseMember {
  return { id, agencyId: 1, enterpriseId: 4, residentId: 100 + id, role: 'admin', status: 'pending', joinedVia: 'evidence', evidenceFileId: null, contactName: null, phoneEnc: null, phoneMasked: null, decidedBy: null, decidedByName: null, decidedAt: null, reason: null, createdAt: NOW, updatedAt: NOW, ...overrides };
}

function build(members: EnterpriseMember[]) {
  const built = newTestService(EnterpriseBindingService, { byType: [[Clock, { now: () => NOW }]] });
  const repository = built.mock(EnterpriseRepository);
  repository.transaction.mockImplementation((work) => work(tx));
  repository.findEnterprise.mockResolvedValue({ id: 4, agencyId: 1, name: '威海精工机械有限公司', creditCode: '91371000MA3C4K7L5R' } as Enterprise);
  repository.membersOf.mockResolvedValue(members);
  repository.findMemberById.mockImplementation(async (_agency, id) => members.find((item) => item.id === id) ?? null);
  repository.updateMemberFrom.mockResolvedValue(true);
  return { ...built, repository, audit: built.mock(AuditService), notifications: built.mock(NotificationService) };
}

describe('EnterpriseBindingService.decideForEnterprise', () => {
  it('decides the one pending claim: verified, audited and told to the claimant, in one transaction', async () => {
    const { sut, repository, audit, notifications } = build([member(1, { status: 'verified' }), member(2)]);
    await sut.decideForEnterprise(HEAD, 4, { approved: true }, actor);
    expect(repository.updateMemberFrom).toHaveBeenCalledWith(tx, expect.objectContaining({ id: 2, status: 'verified', decidedBy: 2, decidedByName: '王公开', decidedAt: NOW }), 'pending');
    expect(audit.record).toHaveBeenCalledWith(actor, expect.objectContaining({ action: 'enterprise.binding.approve', targetId: 2 }), tx);
    expect(notifications.enqueue).toHaveBeenCalledWith(tx, expect.objectContaining({ recipientType: 'resident', recipientId: 102, title: '企业绑定已通过审核' }));
  });

  it.each`
    edge                                        | members                          | decision                                   | code                           | field
    ${'several pending claims and no memberId'} | ${[member(1), member(2)]}        | ${{ approved: true }}                      | ${ErrorCode.VALIDATION_FAILED} | ${'memberId'}
    ${'a memberId that is not pending'}         | ${[member(1, { status: 'verified' })]} | ${{ approved: true, memberId: 1 }}   | ${ErrorCode.VALIDATION_FAILED} | ${'memberId'}
    ${'nothing pending'}                        | ${[]}                            | ${{ approved: true }}                      | ${ErrorCode.CONFLICT}          | ${undefined}
    ${'a rejection without a reason'}           | ${[member(1)]}                   | ${{ approved: false }}                     | ${ErrorCode.VALIDATION_FAILED} | ${'reason'}
  `('refuses $edge', async ({ members, decision, code, field }) => {
    const { sut, repository } = build(members);
    await expect(sut.decideForEnterprise(HEAD, 4, decision, actor)).rejects.toMatchObject({ code, ...(field ? { field } : {}) });
    expect(repository.updateMemberFrom).not.toHaveBeenCalled();
  });

  it('names the claim to decide among several', async () => {
    const { sut, repository } = build([member(1), member(2)]);
    await sut.decideForEnterprise(HEAD, 4, { approved: false, reason: '授权书未盖公章', memberId: 1 }, actor);
    expect(repository.updateMemberFrom).toHaveBeenCalledWith(tx, expect.objectContaining({ id: 1, status: 'rejected', reason: '授权书未盖公章' }), 'pending');
  });
});
