import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MessageBoard, MessageStatus, StaffRole } from '@govopen/contracts';
import { Brackets, DataSource, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { Resident } from '../auth/resident.entity';
import { StaffUser } from '../organization/staff-user.entity';
import { Unit } from '../organization/unit.entity';
import { ContentCheck, Message, MessageBoardSetting, MessageEvent, MessageReplyTemplate, SensitiveWord, UnitRoutingKeyword } from './message.entity';
import { likeContaining } from '../../common/like-pattern';

export interface InboxFilter {
  agencyId: number;
  statuses?: MessageStatus[];
  moderationPending?: boolean;
  board?: MessageBoard;
  unitId?: number;
  q?: string;
  skip: number;
  take: number;
}

const OPEN_STATUSES: MessageStatus[] = ['assigned', 'in_progress'];

@Injectable()
export class MessageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The agency this deployment serves, for resident-facing writes that carry no agency of their own. */
  servingAgencyId(tx: Transaction = this.dataSource.manager): Promise<number | null> {
    return servingAgencyId(managerOf(tx));
  }

  get isMysql(): boolean {
    return this.dataSource.options.type === 'mysql';
  }

  /** Serialises one resident's posts (MySQL row lock) so the hourly limit holds under concurrent submits. */
  async lockResident(residentId: number, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    // SQLite runs one write transaction at a time already.
    if (!this.isMysql) return;
    const query = manager.getRepository(Resident).createQueryBuilder('resident').where('resident.id = :residentId', { residentId });
    query.setLock('pessimistic_write');
    await query.getOne();
  }

  findByIdempotencyKey(residentId: number, key: string, tx: Transaction = this.dataSource.manager): Promise<Message | null> {
    const manager = managerOf(tx);
    return manager.getRepository(Message).findOneBy({ residentId, idempotencyKey: key });
  }

  countPostedSince(residentId: number, since: Date, tx: Transaction): Promise<number> {
    const manager = managerOf(tx);
    return manager.getRepository(Message).countBy({ residentId, submittedAt: MoreThanOrEqual(since) });
  }

  async insert(message: Message, tx: Transaction): Promise<Message> {
    const manager = managerOf(tx);
    // insert(), not save(): one INSERT without the SELECT save() makes to decide between insert and update.
    const result = await manager.getRepository(Message).insert(message);
    message.id = Number(result.identifiers[0]!.id);
    return message;
  }

  async save(message: Message, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(Message).save(message);
  }

  findById(id: number, tx: Transaction = this.dataSource.manager): Promise<Message | null> {
    const manager = managerOf(tx);
    return manager.getRepository(Message).findOneBy({ id });
  }

  findForUpdate(id: number, tx: Transaction): Promise<Message | null> {
    const manager = managerOf(tx);
    const query = manager.getRepository(Message).createQueryBuilder('message').where('message.id = :id', { id });
    if (this.isMysql) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async appendEvent(event: Omit<MessageEvent, 'id'>, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(MessageEvent).insert(event);
  }

  events(messageId: number): Promise<MessageEvent[]> {
    return this.dataSource.getRepository(MessageEvent).find({ where: { messageId }, order: { id: 'ASC' } });
  }

  mine(residentId: number): Promise<Message[]> {
    return this.dataSource.getRepository(Message).find({ where: { residentId }, order: { id: 'DESC' }, take: 200 });
  }

  async publicPage(agencyId: number, board: MessageBoard | undefined, q: string | undefined, skip: number, take: number): Promise<[Message[], number]> {
    const query = this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .where('message.agency_id = :agencyId AND message.published = :published AND message.status = :status', { agencyId, published: true, status: 'answered' });
    if (board) query.andWhere('message.board = :board', { board });
    if (q) {
      const pattern = likeContaining(q);
      query.andWhere(new Brackets((where) => where.where("message.title LIKE :pattern ESCAPE '!'", { pattern }).orWhere("message.body LIKE :pattern ESCAPE '!'", { pattern })));
    }
    return query.orderBy('message.replied_date', 'DESC').addOrderBy('message.id', 'DESC').skip(skip).take(take).getManyAndCount();
  }

  async inbox(filter: InboxFilter): Promise<[Message[], number]> {
    const query = this.dataSource.getRepository(Message).createQueryBuilder('message').where('message.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.statuses) query.andWhere('message.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.board) query.andWhere('message.board = :board', { board: filter.board });
    if (filter.unitId !== undefined) query.andWhere('message.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.q) query.andWhere("message.title LIKE :pattern ESCAPE '!'", { pattern: likeContaining(filter.q) });
    return query.orderBy('message.sort_due_date', 'ASC').addOrderBy('message.id', 'ASC').skip(filter.skip).take(filter.take).getManyAndCount();
  }

  /** Unanswered messages with a running clock, for escalation counts and reminders. */
  openWithClock(agencyId?: number): Promise<Message[]> {
    return this.dataSource.getRepository(Message).find({
      where: { status: In(OPEN_STATUSES), ...(agencyId === undefined ? {} : { agencyId }) },
      order: { sortDueDate: 'ASC' },
    });
  }

  /** Every received, unanswered message (all agencies: the calendar is the State Council's): what a calendar edit moves. */
  runningClocks(tx: Transaction): Promise<Message[]> {
    const manager = managerOf(tx);
    return manager.getRepository(Message).find({ where: { status: In(['dispatching', ...OPEN_STATUSES]), receivedDate: Not(IsNull()) } });
  }

  async saveDueDate(message: Message, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(Message).update({ id: message.id }, { dueDate: message.dueDate, sortDueDate: message.sortDueDate });
  }

  countByStatus(agencyId: number, status: MessageStatus): Promise<number> {
    return this.dataSource.getRepository(Message).countBy({ agencyId, status });
  }

  /** Rows for the month's statistics: received or answered in that month. */
  statsRows(agencyId: number, monthStart: string, monthEnd: string): Promise<Message[]> {
    return this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .select(['message.board', 'message.receivedDate', 'message.repliedDate', 'message.dueDate', 'message.status', 'message.rating'])
      .where('message.agency_id = :agencyId', { agencyId })
      .andWhere(
        new Brackets((where) =>
          where
            .where('message.received_date BETWEEN :monthStart AND :monthEnd', { monthStart, monthEnd })
            .orWhere('message.replied_date BETWEEN :monthStart AND :monthEnd', { monthStart, monthEnd }),
        ),
      )
      .getMany();
  }

  answeredSamples(agencyId: number, excludeId: number, take: number): Promise<Message[]> {
    return this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .select(['message.id', 'message.title', 'message.body', 'message.replyUnitId'])
      .where('message.agency_id = :agencyId AND message.status = :status AND message.id <> :excludeId', { agencyId, status: 'answered', excludeId })
      .orderBy('message.id', 'DESC')
      .take(take)
      .getMany();
  }

  boardSettings(tx: Transaction = this.dataSource.manager): Promise<MessageBoardSetting[]> {
    const manager = managerOf(tx);
    return manager.getRepository(MessageBoardSetting).find();
  }

  async saveBoardSettings(settings: MessageBoardSetting[], tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(MessageBoardSetting).save(settings);
  }

  templates(): Promise<MessageReplyTemplate[]> {
    return this.dataSource.getRepository(MessageReplyTemplate).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  sensitiveWords(): Promise<SensitiveWord[]> {
    return this.dataSource.getRepository(SensitiveWord).find({ order: { id: 'ASC' } });
  }

  async replaceSensitiveWords(words: string[], now: Date, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(SensitiveWord).clear();
    if (words.length) await manager.getRepository(SensitiveWord).insert(words.map((word) => ({ word, createdAt: now })));
  }

  routingKeywords(unitIds?: number[]): Promise<UnitRoutingKeyword[]> {
    return this.dataSource.getRepository(UnitRoutingKeyword).find({ where: unitIds ? { unitId: In(unitIds) } : {}, order: { id: 'ASC' } });
  }

  async replaceRoutingKeywords(unitIds: number[], keywords: { unitId: number; keyword: string }[], tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    if (unitIds.length) await manager.getRepository(UnitRoutingKeyword).delete({ unitId: In(unitIds) });
    if (keywords.length) await manager.getRepository(UnitRoutingKeyword).insert(keywords);
  }

  units(agencyId: number): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).find({ where: { agencyId }, order: { id: 'ASC' } });
  }

  findUnit(agencyId: number, id: number): Promise<Unit | null> {
    return this.dataSource.getRepository(Unit).findOneBy({ agencyId, id });
  }

  staffNames(ids: number[]): Promise<StaffUser[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(StaffUser).findBy({ id: In(ids) });
  }

  async unitHandlers(agencyId: number, unitId: number, tx: Transaction): Promise<number[]> {
    const manager = managerOf(tx);
    const users = await manager.getRepository(StaffUser).findBy({ agencyId, unitId, active: true });
    return users.filter((user) => user.roles.includes(StaffRole.HANDLER)).map((user) => user.id);
  }

  async dispatchers(agencyId: number, tx: Transaction): Promise<number[]> {
    const manager = managerOf(tx);
    const users = await manager.getRepository(StaffUser).findBy({ agencyId, active: true });
    return users.filter((user) => user.roles.includes(StaffRole.OFFICE_HEAD)).map((user) => user.id);
  }

  async insertContentChecks(rows: ContentCheck[], tx: Transaction = this.dataSource.manager): Promise<void> {
    const manager = managerOf(tx);
    if (rows.length) await manager.getRepository(ContentCheck).insert(rows);
  }

  findContentCheck(traceId: string, tx: Transaction): Promise<ContentCheck | null> {
    const manager = managerOf(tx);
    return manager.getRepository(ContentCheck).findOneBy({ traceId });
  }

  async saveContentCheck(check: ContentCheck, tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(ContentCheck).save(check);
  }

  contentChecksOf(targetType: string, targetId: number, tx: Transaction): Promise<ContentCheck[]> {
    const manager = managerOf(tx);
    return manager.getRepository(ContentCheck).findBy({ targetType: targetType as 'message', targetId });
  }
}
