import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { isUniqueViolation } from '../../common/unique-violation';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { Agency } from '../organization/agency.entity';
import { Unit } from '../organization/unit.entity';
import { PolicyDocument } from '../policy/policy-document.entity';
import { AnnualReport } from '../report/annual-report.entity';
import { KeyTask, KeyTaskLedger, KeyTaskProgress } from './key-task.entity';

/** Every read is scoped by the agency; `unitId` narrows a ledger's tasks to one unit's (a unit's staff see theirs). */
@Injectable()
export class KeyTaskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  /** The ledger and its tasks; a second import of the same document for the year loses to the unique index. */
  async insertLedger(ledger: Omit<KeyTaskLedger, 'id'>, tasks: Omit<KeyTask, 'id' | 'ledgerId'>[], tx: Transaction): Promise<KeyTaskLedger> {
    let saved: KeyTaskLedger;
    try {
      saved = await managerOf(tx).getRepository(KeyTaskLedger).save(ledger as KeyTaskLedger);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException(ErrorCode.CONFLICT, `${ledger.year} 年已导入《${ledger.title}》，不能重复导入`);
      throw error;
    }
    await managerOf(tx)
      .getRepository(KeyTask)
      .save(tasks.map((task) => ({ ...task, ledgerId: saved.id }) as KeyTask), { chunk: 100 });
    return saved;
  }

  listLedgers(agencyId: number): Promise<KeyTaskLedger[]> {
    return this.dataSource.getRepository(KeyTaskLedger).find({ where: { agencyId }, order: { year: 'DESC', id: 'DESC' } });
  }

  findLedger(agencyId: number, id: number): Promise<KeyTaskLedger | null> {
    return this.dataSource.getRepository(KeyTaskLedger).findOneBy({ agencyId, id });
  }

  /** The tasks of the given ledgers in document order: every unit's, or only those assigned to `unitId`. */
  tasksOf(agencyId: number, ledgerIds: number[], unitId?: number): Promise<KeyTask[]> {
    if (ledgerIds.length === 0) return Promise.resolve([]);
    const where = unitId === undefined ? { agencyId, ledgerId: In(ledgerIds) } : { agencyId, ledgerId: In(ledgerIds), unitId };
    return this.dataSource.getRepository(KeyTask).find({ where, order: { ledgerId: 'ASC', seq: 'ASC' } });
  }

  findTask(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<KeyTask | null> {
    return managerOf(tx).getRepository(KeyTask).findOneBy({ agencyId, id });
  }

  /** The task row locked for a change (MySQL); SQLite serialises writers anyway. */
  findTaskForUpdate(agencyId: number, id: number, tx: Transaction): Promise<KeyTask | null> {
    const query = managerOf(tx).getRepository(KeyTask).createQueryBuilder('task').where('task.agency_id = :agencyId AND task.id = :id', { agencyId, id });
    if (this.dataSource.options.type === 'mysql') query.setLock('pessimistic_write');
    return query.getOne();
  }

  async saveTask(task: KeyTask, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(KeyTask).save(task);
  }

  async insertProgress(progress: Omit<KeyTaskProgress, 'id'>, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(KeyTaskProgress).insert(progress);
  }

  progressOf(agencyId: number, taskIds: number[], tx: Transaction = this.dataSource.manager): Promise<KeyTaskProgress[]> {
    if (taskIds.length === 0) return Promise.resolve([]);
    return managerOf(tx)
      .getRepository(KeyTaskProgress)
      .find({ where: { agencyId, taskId: In(taskIds) }, order: { reportedAt: 'ASC', id: 'ASC' } });
  }

  /** The agency's units by id, for names and to check an assignment. */
  async units(agencyId: number): Promise<Map<number, string>> {
    const units = await this.dataSource.getRepository(Unit).find({ where: { agencyId }, select: { id: true, name: true } });
    return new Map(units.map((unit) => [unit.id, unit.name]));
  }

  findActiveUnit(agencyId: number, id: number, tx: Transaction): Promise<Unit | null> {
    return managerOf(tx).getRepository(Unit).findOneBy({ agencyId, id, active: true });
  }

  /** The title of the agency's policy document, as evidence is shown; null when there is none with that id. */
  policyTitle(agencyId: number, id: number, tx: Transaction): Promise<string | null> {
    return managerOf(tx)
      .getRepository(PolicyDocument)
      .findOne({ where: { agencyId, id }, select: { id: true, title: true } })
      .then((policy) => policy?.title ?? null);
  }

  agencyName(agencyId: number, tx: Transaction): Promise<string> {
    return managerOf(tx)
      .getRepository(Agency)
      .findOne({ where: { id: agencyId }, select: { id: true, name: true } })
      .then((agency) => agency?.name ?? '');
  }

  hasAnnualReport(agencyId: number, year: number, tx: Transaction): Promise<boolean> {
    return managerOf(tx).getRepository(AnnualReport).existsBy({ agencyId, year });
  }
}
