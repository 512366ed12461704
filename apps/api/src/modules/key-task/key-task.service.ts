import { Injectable } from '@nestjs/common';
import { KEY_TASK_DUE_SOON_DAYS, KeyTaskEvidenceView, KeyTaskImportPreview, KeyTaskLedgerQuery, KeyTaskLedgerSummary, KeyTaskLedgerView, KeyTaskView, StaffRole } from '@govopen/contracts';
import { annualReportTitle, chinaDateOf, parseKeyTasks } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { ImportKeyTasksDto } from './dto/import-key-tasks.dto';
import { ReportKeyTaskProgressDto } from './dto/report-key-task-progress.dto';
import { KeyTask } from './key-task.entity';
import { keyTaskLedgerXlsx } from './key-task-xlsx';
import { draftOf, ledgerSummaryOf, statusOf, taskViewOf } from './key-task.mapper';
import { KeyTaskRepository } from './key-task.repository';

/** Who keeps the ledger: the 公开办负责人 (and a system administrator) import, assign and see every unit's tasks. */
export const KEY_TASK_MANAGER_ROLES: readonly StaffRole[] = [StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN];

export function managesKeyTasks(staff: StaffPrincipal): boolean {
  return staff.roles.some((role) => KEY_TASK_MANAGER_ROLES.includes(role));
}

/** How many of the reviewer's decisions the refusal names before "等": enough to find them, short enough to read. */
const PROBLEMS_NAMED = 3;

/**
 * The key-task ledger (重点工作台账): a 重点工作/责任分工 document read into tasks (the domain's parseKeyTasks),
 * assigned to the agency's units, and the units' progress reports. Statuses are derived from the deadline, the
 * completion and today (keyTaskStatus), never stored.
 */
@Injectable()
export class KeyTaskService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: KeyTaskRepository,
    private readonly audit: AuditService,
  ) {}

  today(): string {
    return chinaDateOf(this.clock.now());
  }

  preview(body: ImportKeyTasksDto): KeyTaskImportPreview {
    const parsed = parseKeyTasks(body.text, body.year, body.undatedAs ?? null);
    return { year: body.year, title: parsed.title.slice(0, 200), documentNumber: parsed.documentNumber?.slice(0, 60) ?? null, tasks: parsed.tasks.map(draftOf), problems: parsed.problems };
  }

  async importLedger(staff: StaffPrincipal, body: ImportKeyTasksDto, actor: Actor): Promise<KeyTaskLedgerView> {
    const parsed = parseKeyTasks(body.text, body.year, body.undatedAs ?? null);
    if (parsed.tasks.length === 0) throw AppException.invalid('text', parsed.problems[0]);
    const undated = parsed.tasks.filter((task) => task.deadline === null);
    if (undated.length > 0) {
      const named = undated.slice(0, PROBLEMS_NAMED).map((task) => `第 ${task.number} 项`).join('、');
      throw AppException.invalid(
        'undatedAs',
        `有 ${undated.length} 项任务的完成时限未写明或无法识别（${named}${undated.length > PROBLEMS_NAMED ? '等' : ''}），请选择 undatedAs：year_end（按年底前完成）或 continuous（全年持续推进）`,
      );
    }
    const missingUnits = parsed.tasks.find((task) => task.units.length === 0);
    if (missingUnits) throw AppException.invalid('text', `第 ${missingUnits.number} 项未写明责任单位，请在文件中补上后再导入`);
    const now = this.clock.now();
    const title = parsed.title.slice(0, 200);
    const ledger = await this.repository.transaction(async (tx) => {
      const saved = await this.repository.insertLedger(
        { agencyId: staff.agencyId, year: body.year, title, documentNumber: parsed.documentNumber?.slice(0, 60) ?? null, createdBy: staff.id, createdAt: now },
        parsed.tasks.map((task, index) => ({
          agencyId: staff.agencyId,
          seq: index + 1,
          number: task.number.slice(0, 20),
          section: task.section.slice(0, 100),
          heading: task.heading.slice(0, 200),
          text: task.text,
          leadUnit: task.leadUnit?.slice(0, 100) ?? null,
          units: JSON.stringify(task.units),
          deadlineKind: task.deadline!.kind,
          dueDate: task.deadline!.dueDate,
          deadlineWords: task.deadlineWords.slice(0, 100),
          unitId: null,
          completedOn: null,
        })),
        tx,
      );
      await this.audit.record(actor, { action: 'key_task.import', targetType: 'key_task_ledger', targetId: saved.id, detail: `导入 ${body.year} 年重点工作台账《${title}》，共 ${parsed.tasks.length} 项任务` }, tx);
      return saved;
    });
    return this.ledger(staff, ledger.id, {});
  }

  async ledgers(staff: StaffPrincipal): Promise<KeyTaskLedgerSummary[]> {
    const today = this.today();
    const ledgers = await this.repository.listLedgers(staff.agencyId);
    const tasks = await this.visibleTasks(
      staff,
      ledgers.map((ledger) => ledger.id),
    );
    return ledgers.map((ledger) =>
      ledgerSummaryOf(
        ledger,
        tasks.filter((task) => task.ledgerId === ledger.id),
        today,
      ),
    );
  }

  /** One ledger with the tasks the reader may see, filtered by status and unit (the unit filter is the head's). */
  async ledger(staff: StaffPrincipal, id: number, query: KeyTaskLedgerQuery): Promise<KeyTaskLedgerView> {
    const today = this.today();
    const ledger = await this.repository.findLedger(staff.agencyId, id);
    if (!ledger) throw AppException.notFound('重点工作台账不存在');
    const all = await this.visibleTasks(staff, [ledger.id]);
    const tasks = all.filter((task) => (query.unitId === undefined || task.unitId === query.unitId) && (query.status === undefined || statusOf(task, today) === query.status));
    const [unitNames, progress] = await Promise.all([
      this.repository.units(staff.agencyId),
      this.repository.progressOf(
        staff.agencyId,
        tasks.map((task) => task.id),
      ),
    ]);
    return {
      ...ledgerSummaryOf(ledger, all, today),
      today,
      dueSoonDays: KEY_TASK_DUE_SOON_DAYS,
      canManage: managesKeyTasks(staff),
      tasks: tasks.map((task) => taskViewOf(task, today, unitNames, progress)),
    };
  }

  /** The ledger as the reader sees it, unfiltered, on one Excel page. */
  async xlsx(staff: StaffPrincipal, id: number): Promise<{ title: string; file: Buffer }> {
    const ledger = await this.ledger(staff, id, {});
    const agencyName = await this.repository.transaction((tx) => this.repository.agencyName(staff.agencyId, tx));
    return { title: ledger.title, file: await keyTaskLedgerXlsx(ledger, agencyName) };
  }

  async assign(staff: StaffPrincipal, taskId: number, unitId: number | null, actor: Actor): Promise<KeyTaskView> {
    await this.repository.transaction(async (tx) => {
      const task = await this.repository.findTaskForUpdate(staff.agencyId, taskId, tx);
      if (!task) throw AppException.notFound('重点工作任务不存在');
      let unitName = '（取消分配）';
      if (unitId !== null) {
        const unit = await this.repository.findActiveUnit(staff.agencyId, unitId, tx);
        if (!unit) throw AppException.invalid('unitId', '承办科室 unitId 不存在或已停用');
        unitName = unit.name;
      }
      task.unitId = unitId;
      await this.repository.saveTask(task, tx);
      await this.audit.record(actor, { action: 'key_task.assign', targetType: 'key_task', targetId: task.id, detail: `第 ${task.number} 项分配给 ${unitName}` }, tx);
    });
    return this.taskView(staff, taskId);
  }

  /**
   * A unit's report on its task. Only the assigned unit's staff report (the head may report for them); another unit's
   * task is not found, as it is not in their ledger. A report saying the task is done completes it on today's date.
   */
  async reportProgress(staff: StaffPrincipal, taskId: number, body: ReportKeyTaskProgressDto, actor: Actor): Promise<KeyTaskView> {
    const today = this.today();
    await this.repository.transaction(async (tx) => {
      const task = await this.repository.findTaskForUpdate(staff.agencyId, taskId, tx);
      if (!task || !this.sees(staff, task)) throw AppException.notFound('重点工作任务不存在');
      if (task.unitId === null) throw new AppException(ErrorCode.CONFLICT, '该任务尚未分配承办科室，请先由公开办负责人分配');
      const evidence = await this.evidenceOf(staff.agencyId, body, tx);
      await this.repository.insertProgress(
        {
          agencyId: staff.agencyId,
          taskId: task.id,
          staffId: staff.id,
          staffName: staff.displayName.slice(0, 60),
          unitId: staff.unitId,
          text: body.text.trim(),
          completed: body.completed,
          evidence: JSON.stringify(evidence),
          reportedAt: this.clock.now(),
        },
        tx,
      );
      if (body.completed && task.completedOn === null) {
        task.completedOn = today;
        await this.repository.saveTask(task, tx);
      }
      await this.audit.record(actor, { action: 'key_task.progress', targetType: 'key_task', targetId: task.id, detail: `第 ${task.number} 项填报进展${body.completed ? '（已完成）' : ''}` }, tx);
    });
    return this.taskView(staff, taskId);
  }

  private async evidenceOf(agencyId: number, body: ReportKeyTaskProgressDto, tx: Transaction): Promise<KeyTaskEvidenceView[]> {
    const views: KeyTaskEvidenceView[] = [];
    for (const [index, item] of body.evidence.entries()) {
      if (item.kind === 'policy') {
        const title = await this.repository.policyTitle(agencyId, item.targetId, tx);
        if (title === null) throw AppException.invalid(`evidence[${index}].targetId`, `佐证材料第 ${index + 1} 项：政策文件 ${item.targetId} 不存在`);
        views.push({ kind: 'policy', targetId: item.targetId, title });
      } else {
        if (!(await this.repository.hasAnnualReport(agencyId, item.targetId, tx))) {
          throw AppException.invalid(`evidence[${index}].targetId`, `佐证材料第 ${index + 1} 项：没有 ${item.targetId} 年度的年度报告`);
        }
        views.push({ kind: 'annual_report', targetId: item.targetId, title: annualReportTitle(await this.repository.agencyName(agencyId, tx), item.targetId) });
      }
    }
    return views;
  }

  private async taskView(staff: StaffPrincipal, taskId: number): Promise<KeyTaskView> {
    const task = await this.repository.findTask(staff.agencyId, taskId);
    if (!task || !this.sees(staff, task)) throw AppException.notFound('重点工作任务不存在');
    const [unitNames, progress] = await Promise.all([this.repository.units(staff.agencyId), this.repository.progressOf(staff.agencyId, [task.id])]);
    return taskViewOf(task, this.today(), unitNames, progress);
  }

  private sees(staff: StaffPrincipal, task: KeyTask): boolean {
    return managesKeyTasks(staff) || (staff.unitId !== null && task.unitId === staff.unitId);
  }

  /** The head sees every unit's tasks; a unit's staff only those assigned to their unit (none without a unit). */
  private visibleTasks(staff: StaffPrincipal, ledgerIds: number[]): Promise<KeyTask[]> {
    if (managesKeyTasks(staff)) return this.repository.tasksOf(staff.agencyId, ledgerIds);
    if (staff.unitId === null) return Promise.resolve([]);
    return this.repository.tasksOf(staff.agencyId, ledgerIds, staff.unitId);
  }
}
