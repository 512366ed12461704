import { StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { Transaction } from '../../database/unit-of-work/transaction';
import { newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { KeyTask, KeyTaskLedger } from './key-task.entity';
import { KeyTaskRepository } from './key-task.repository';
import { KeyTaskService } from './key-task.service';

// 2024-07-31T17:30Z is 01:30 on Thursday 2024-08-01 in China: the day a report made now is dated.
const NOW = new Date('2024-07-31T17:30:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const HEAD: StaffPrincipal = { id: 2, username: 'head', displayName: '王公开', agencyId: 1, unitId: 1, roles: [StaffRole.OFFICE_HEAD] };
const CLERK: StaffPrincipal = { id: 3, username: 'handler', displayName: '李承办', agencyId: 1, unitId: 3, roles: [StaffRole.HANDLER] };
const actorOf = (staff: StaffPrincipal): Actor => ({ type: 'staff', id: staff.id, name: staff.username, ip: null, userAgent: null });

function task(overrides: Partial<KeyTask> = {}): KeyTask {
  return {
    id: 11,
    agencyId: 1,
    ledgerId: 5,
    seq: 1,
    number: '一.1',
    section: '主动公开',
    heading: '',
    text: '更新政府信息公开指南。',
    leadUnit: '综合科',
    units: '["综合科"]',
    deadlineKind: 'date',
    dueDate: '2024-06-30',
    deadlineWords: '2024年6月底前',
    unitId: 3,
    completedOn: null,
    ...overrides,
  };
}

function build(found: KeyTask | null = task()) {
  const service = newTestService(KeyTaskService, { byType: [[Clock, { now: () => NOW }]] });
  const repository = service.mock(KeyTaskRepository);
  repository.transaction.mockImplementation((work) => work(tx));
  repository.findTaskForUpdate.mockResolvedValue(found);
  repository.findTask.mockResolvedValue(found);
  repository.units.mockResolvedValue(new Map([[3, '综合科']]));
  repository.progressOf.mockResolvedValue([]);
  return { sut: service.sut, repository, audit: service.mock(AuditService) };
}

describe('KeyTaskService', () => {
  it('refuses a document with unread deadlines before writing anything, naming undatedAs', async () => {
    const { sut, repository } = build();
    const text = '一、主动公开\n1. 更新指南。（责任科室：综合科）\n2. 更新目录。（完成时限：视情况）（责任科室：综合科）';
    const refused = await sut.importLedger(HEAD, { year: 2024, text, undatedAs: null }, actorOf(HEAD)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppException);
    expect((refused as AppException).getResponse()).toMatchObject({
      field: 'undatedAs',
      message: '有 2 项任务的完成时限未写明或无法识别（第 一.1 项、第 一.2 项），请选择 undatedAs：year_end（按年底前完成）或 continuous（全年持续推进）',
    });
    expect(repository.transaction).not.toHaveBeenCalled();
  });

  it('a report of completion dates the task by the China day, in the report’s transaction', async () => {
    const open = task();
    const { sut, repository, audit } = build(open);
    await sut.reportProgress(CLERK, open.id, { text: '指南已更新。', completed: true, evidence: [] }, actorOf(CLERK));
    expect(repository.insertProgress).toHaveBeenCalledWith(expect.objectContaining({ taskId: 11, staffId: 3, staffName: '李承办', unitId: 3, completed: true, reportedAt: NOW }), tx);
    expect(repository.saveTask).toHaveBeenCalledWith(expect.objectContaining({ completedOn: '2024-08-01' }), tx);
    expect(audit.record).toHaveBeenCalledWith(actorOf(CLERK), { action: 'key_task.progress', targetType: 'key_task', targetId: 11, detail: '第 一.1 项填报进展（已完成）' }, tx);
  });

  it('a second report of completion keeps the first completion date', async () => {
    const { sut, repository } = build(task({ completedOn: '2024-07-20' }));
    await sut.reportProgress(CLERK, 11, { text: '补充说明。', completed: true, evidence: [] }, actorOf(CLERK));
    expect(repository.insertProgress).toHaveBeenCalled();
    expect(repository.saveTask).not.toHaveBeenCalled();
  });

  it('another unit’s task is not found for a clerk, and nothing is written', async () => {
    const { sut, repository, audit } = build(task({ unitId: 4 }));
    await expect(sut.reportProgress(CLERK, 11, { text: '已完成。', completed: true, evidence: [] }, actorOf(CLERK))).rejects.toMatchObject({ response: { message: '重点工作任务不存在' } });
    expect(repository.insertProgress).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('a clerk without a unit sees no tasks: the counts are of nothing, the repository is not asked for tasks', async () => {
    const { sut, repository } = build();
    const ledger: KeyTaskLedger = { id: 5, agencyId: 1, year: 2024, title: '某局任务分工', documentNumber: null, createdBy: 2, createdAt: NOW };
    repository.listLedgers.mockResolvedValue([ledger]);
    const summaries = await sut.ledgers({ ...CLERK, unitId: null });
    expect(summaries).toEqual([expect.objectContaining({ id: 5, taskCount: 0, overdue: 0, unassigned: 0 })]);
    expect(repository.tasksOf).not.toHaveBeenCalled();
  });
});
