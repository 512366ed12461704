import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { likeContaining } from '../../common/like-pattern';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { StaffRole } from '@govopen/contracts';
import { OPEN_STATUSES, RequestStatus } from '@govopen/domain';
import { Agency } from '../organization/agency.entity';
import { StaffUser } from '../organization/staff-user.entity';
import { Unit } from '../organization/unit.entity';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';

export interface QueueFilter {
  agencyId: number;
  unitId?: number;
  statuses?: string[];
  extended?: boolean;
  dueFrom?: string;
  dueBefore?: string;
  /** 受理编号 exactly, or part of the applicant's name or the title. */
  q?: string;
  skip: number;
  take: number;
}

const OPEN: readonly string[] = OPEN_STATUSES;
const RUNNING: readonly string[] = [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS];
const PAUSED: readonly string[] = [RequestStatus.AWAITING_SUPPLEMENT, RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE];

@Injectable()
export class DisclosureRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The agency this deployment serves, for resident-facing writes that carry no agency of their own. */
  servingAgencyId(tx: Transaction = this.dataSource.manager): Promise<number | null> {
    return servingAgencyId(managerOf(tx));
  }

  findByIdempotencyKey(residentId: number, key: string, tx: Transaction): Promise<DisclosureRequest | null> {
    const manager = managerOf(tx);
    return manager.getRepository(DisclosureRequest).findOneBy({ residentId, idempotencyKey: key });
  }

  async insertRequest(request: Omit<DisclosureRequest, 'id'>, tx: Transaction): Promise<DisclosureRequest> {
    const manager = managerOf(tx);
    return manager.getRepository(DisclosureRequest).save(request as DisclosureRequest);
  }

  async saveRequest(request: DisclosureRequest, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(DisclosureRequest).save(request);
  }

  findById(id: number, tx: Transaction = this.dataSource.manager): Promise<DisclosureRequest | null> {
    const manager = managerOf(tx);
    return manager.getRepository(DisclosureRequest).findOneBy({ id });
  }

  /** The row locked for the action's transaction (MySQL); SQLite serialises writers anyway. */
  findForUpdate(id: number, tx: Transaction): Promise<DisclosureRequest | null> {
    const manager = managerOf(tx);
    const query = manager.getRepository(DisclosureRequest).createQueryBuilder('request').where('request.id = :id', { id });
    if (this.dataSource.options.type === 'mysql') query.setLock('pessimistic_write');
    return query.getOne();
  }

  events(requestId: number, tx: Transaction = this.dataSource.manager): Promise<DisclosureRequestEvent[]> {
    const manager = managerOf(tx);
    return manager.getRepository(DisclosureRequestEvent).find({ where: { requestId }, order: { seq: 'ASC' } });
  }

  async appendEvent(event: Omit<DisclosureRequestEvent, 'id'>, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(DisclosureRequestEvent).insert(event);
  }

  /** The events of many requests in one query, grouped by request. */
  async eventsOf(requestIds: number[]): Promise<Map<number, DisclosureRequestEvent[]>> {
    const grouped = new Map<number, DisclosureRequestEvent[]>(requestIds.map((id) => [id, []]));
    if (!requestIds.length) return grouped;
    const rows = await this.dataSource
      .getRepository(DisclosureRequestEvent)
      .createQueryBuilder('event')
      .where('event.request_id IN (:...ids)', { ids: requestIds })
      .orderBy('event.request_id', 'ASC')
      .addOrderBy('event.seq', 'ASC')
      .getMany();
    for (const row of rows) grouped.get(row.requestId)?.push(row);
    return grouped;
  }

  listMine(residentId: number): Promise<DisclosureRequest[]> {
    return this.dataSource.getRepository(DisclosureRequest).find({ where: { residentId }, order: { submittedAt: 'DESC', id: 'DESC' }, take: 200 });
  }

  private filtered(filter: Omit<QueueFilter, 'skip' | 'take'>) {
    const query = this.dataSource.getRepository(DisclosureRequest).createQueryBuilder('request').where('request.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.unitId !== undefined) query.andWhere('request.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.statuses) query.andWhere('request.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.extended) query.andWhere('request.extended = :extended AND request.status IN (:...open)', { extended: true, open: OPEN });
    if (filter.dueFrom) query.andWhere('request.sort_due_date >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueBefore) query.andWhere('request.sort_due_date < :dueBefore', { dueBefore: filter.dueBefore });
    const q = filter.q?.trim();
    if (q) {
      const pattern = likeContaining(q);
      query.andWhere(
        new Brackets((where) =>
          where
            .where('request.tracking_number = :tracking', { tracking: q.toUpperCase() })
            .orWhere("request.applicant_name LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("request.title LIKE :pattern ESCAPE '!'", { pattern }),
        ),
      );
    }
    return query;
  }

  /** How many cases match, by a plain COUNT(*) on the queue index. */
  async count(filter: Omit<QueueFilter, 'skip' | 'take'>): Promise<number> {
    const counted = await this.filtered(filter).select('COUNT(*)', 'total').getRawOne<{ total: string | number }>();
    return Number(counted?.total ?? 0);
  }

  async queue(filter: QueueFilter): Promise<[DisclosureRequest[], number]> {
    const query = this.filtered(filter);
    // Earliest due first, stopped clocks last (sort_due_date 9999-12-31): the order of the queue indexes.
    query.orderBy('request.sort_due_date', 'ASC').addOrderBy('request.id', 'ASC');
    // A plain COUNT(*) on the queue index; TypeORM's getManyAndCount counts DISTINCT ids, which MariaDB does with a
    // temporary table (twice the time of the page itself at 100,000 cases).
    const counted = query.clone().orderBy().select('COUNT(*)', 'total');
    const [rows, total] = await Promise.all([
      query.offset(filter.skip).limit(filter.take).getMany(),
      counted.getRawOne<{ total: string | number }>(),
    ]);
    return [rows, Number(total?.total ?? 0)];
  }

  private unitNameCache = new Map<number, { names: Map<number, string>; loadedAt: number }>();

  /** Unit names for display, cached for half a minute: every queue page and case view shows them. */
  async unitNames(agencyId: number): Promise<Map<number, string>> {
    const cached = this.unitNameCache.get(agencyId);
    if (cached && Date.now() - cached.loadedAt < 30_000) return cached.names;
    const units = await this.dataSource.getRepository(Unit).findBy({ agencyId });
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    this.unitNameCache.set(agencyId, { names, loadedAt: Date.now() });
    return names;
  }

  /** Active handlers of a unit: who hears of a case sent to it. */
  async handlersOf(agencyId: number, unitId: number, tx: Transaction): Promise<number[]> {
    const manager = managerOf(tx);
    const users = await manager.getRepository(StaffUser).findBy({ agencyId, unitId, active: true });
    return users.filter((user) => user.roles.includes(StaffRole.HANDLER)).map((user) => user.id);
  }

  async officeHeads(agencyId: number, tx: Transaction): Promise<number[]> {
    const manager = managerOf(tx);
    const users = await manager.getRepository(StaffUser).findBy({ agencyId, active: true });
    return users.filter((user) => user.roles.includes(StaffRole.OFFICE_HEAD)).map((user) => user.id);
  }

  agency(id: number): Promise<Agency | null> {
    return this.dataSource.getRepository(Agency).findOneBy({ id });
  }

  findUnit(agencyId: number, id: number): Promise<Unit | null> {
    return this.dataSource.getRepository(Unit).findOneBy({ agencyId, id });
  }

  /** Earlier requests of the same applicant (keyed fingerprint), for the 重复申请 and Art. 35 volume hints. */
  sameApplicant(agencyId: number, fingerprint: string, excludeId: number): Promise<DisclosureRequest[]> {
    return this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .where('request.agency_id = :agencyId AND request.applicant_fingerprint = :fingerprint AND request.id <> :excludeId', {
        agencyId,
        fingerprint,
        excludeId,
      })
      .orderBy('request.submitted_at', 'DESC')
      .take(100)
      .getMany();
  }

  /** How many requests this applicant made in a calendar month, the basis of the 109号 count fee. */
  /**
   * This application's place among the applicant's applications received in the calendar month of `receivedDate`
   * (109号 Art. 4 counts by month of receipt, Art. 31 of the 条例 fixes receipt): earlier receipts first, then by id.
   */
  countReceivedInMonth(agencyId: number, fingerprint: string, receivedDate: string, upToId: number): Promise<number> {
    const month = receivedDate.slice(0, 7);
    return this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .where('request.agency_id = :agencyId AND request.applicant_fingerprint = :fingerprint', { agencyId, fingerprint })
      .andWhere('request.received_date >= :from AND request.received_date <= :to', { from: `${month}-01`, to: `${month}-31` })
      .andWhere('(request.received_date < :receivedDate OR (request.received_date = :receivedDate AND request.id <= :upToId))', { receivedDate, upToId })
      .getCount();
  }

  /** Cases with a running clock due on or before `date` (overdue ones included): what the reminder scan looks at. */
  runningDueBy(date: string): Promise<DisclosureRequest[]> {
    return this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .where('request.status IN (:...running)', { running: RUNNING })
      .andWhere('request.sort_due_date <= :date', { date })
      .getMany();
  }

  /** Received cases whose 补正 could still be asked for: running, never asked before. */
  async supplementWindowOpen(): Promise<DisclosureRequest[]> {
    const rows = await this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .where('request.status IN (:...running)', { running: RUNNING })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM disclosure_request_event e WHERE e.request_id = request.id AND e.type = :type)',
        { type: 'supplement_requested' },
      )
      .getMany();
    return rows.filter((request) => request.receivedDate !== null);
  }

  /** The most recent cases that reached a unit: what a new case's unit suggestion compares against. */
  recentAssigned(agencyId: number, excludeId: number, limit: number): Promise<DisclosureRequest[]> {
    return this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .select(['request.id', 'request.trackingNumber', 'request.title', 'request.description', 'request.unitId'])
      .where('request.agency_id = :agencyId AND request.unit_id IS NOT NULL AND request.id <> :excludeId', { agencyId, excludeId })
      .orderBy('request.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Cases waiting on the applicant or a consulted party: the ones whose waiting period can lapse. */
  pausedRequestIds(): Promise<number[]> {
    return this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .select('request.id', 'id')
      .where('request.status IN (:...paused)', { paused: PAUSED })
      .getRawMany<{ id: number }>()
      .then((rows) => rows.map((row) => Number(row.id)));
  }

  openRequestIds(): Promise<number[]> {
    return this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .select('request.id', 'id')
      .where('request.status IN (:...open)', { open: OPEN })
      .getRawMany<{ id: number }>()
      .then((rows) => rows.map((row) => Number(row.id)));
  }
}
