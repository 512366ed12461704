import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffRole } from '@govopen/contracts';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { StaffUser } from '../organization/staff-user.entity';
import { Unit } from '../organization/unit.entity';
import { Consultation, ConsultationComment } from './consultation.entity';

@Injectable()
export class ConsultationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The agency this deployment serves, for resident-facing writes that carry no agency of their own. */
  servingAgencyId(tx: Transaction = this.dataSource.manager): Promise<number | null> {
    return servingAgencyId(managerOf(tx));
  }

  findById(id: number, tx: Transaction = this.dataSource.manager): Promise<Consultation | null> {
    const manager = managerOf(tx);
    return manager.getRepository(Consultation).findOneBy({ id });
  }

  findForUpdate(id: number, tx: Transaction): Promise<Consultation | null> {
    const manager = managerOf(tx);
    const query = manager.getRepository(Consultation).createQueryBuilder('consultation').where('consultation.id = :id', { id });
    if (this.dataSource.options.type === 'mysql') query.setLock('pessimistic_write');
    return query.getOne();
  }

  save(consultation: Consultation | Omit<Consultation, 'id'>, tx: Transaction): Promise<Consultation> {
    const manager = managerOf(tx);
    return manager.getRepository(Consultation).save(consultation as Consultation);
  }

  list(agencyId: number, publishedOnly: boolean): Promise<Consultation[]> {
    return this.dataSource.getRepository(Consultation).find({ where: { agencyId, ...(publishedOnly ? { published: true } : {}) }, order: { startDate: 'DESC', id: 'DESC' } });
  }

  comments(consultationId: number): Promise<ConsultationComment[]> {
    return this.dataSource.getRepository(ConsultationComment).find({ where: { consultationId }, order: { id: 'ASC' } });
  }

  commentsOf(consultationId: number, residentId: number): Promise<ConsultationComment[]> {
    return this.dataSource.getRepository(ConsultationComment).find({ where: { consultationId, residentId }, order: { id: 'ASC' } });
  }

  async commentCounts(ids: number[]): Promise<Map<number, { approved: number; pending: number }>> {
    const counts = new Map<number, { approved: number; pending: number }>();
    if (!ids.length) return counts;
    const rows = await this.dataSource
      .getRepository(ConsultationComment)
      .createQueryBuilder('comment')
      .select('comment.consultation_id', 'consultationId')
      .addSelect('comment.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where({ consultationId: In(ids) })
      .groupBy('comment.consultation_id')
      .addGroupBy('comment.status')
      .getRawMany<{ consultationId: number; status: string; count: string | number }>();
    for (const row of rows) {
      const entry = counts.get(Number(row.consultationId)) ?? { approved: 0, pending: 0 };
      if (row.status === 'approved') entry.approved += Number(row.count);
      if (row.status === 'pending') entry.pending += Number(row.count);
      counts.set(Number(row.consultationId), entry);
    }
    return counts;
  }

  findCommentByKey(residentId: number, key: string, tx: Transaction = this.dataSource.manager): Promise<ConsultationComment | null> {
    const manager = managerOf(tx);
    return manager.getRepository(ConsultationComment).findOneBy({ residentId, idempotencyKey: key });
  }

  findComment(consultationId: number, id: number, tx: Transaction): Promise<ConsultationComment | null> {
    const manager = managerOf(tx);
    return manager.getRepository(ConsultationComment).findOneBy({ consultationId, id });
  }

  saveComment(comment: ConsultationComment | Omit<ConsultationComment, 'id'>, tx: Transaction): Promise<ConsultationComment> {
    const manager = managerOf(tx);
    return manager.getRepository(ConsultationComment).save(comment as ConsultationComment);
  }

  /** Published consultations decided by today whose 采纳情况 is not yet out. */
  /** Across agencies: the scan runs for all of them; each row carries its own agency. */
  awaitingAdoption(today: string, tx: Transaction = this.dataSource.manager): Promise<Consultation[]> {
    const manager = managerOf(tx);
    return manager.getRepository(Consultation).findBy({ published: true, adoptionPublishedAt: IsNull(), decisionDate: LessThanOrEqual(today) });
  }

  /** The office heads, and the drafting unit's handlers when a unit is named. */
  async staffToRemind(agencyId: number, unitId: number | null, tx: Transaction): Promise<number[]> {
    const manager = managerOf(tx);
    const users = await manager.getRepository(StaffUser).findBy({ agencyId, active: true });
    return users
      .filter((user) => user.roles.includes(StaffRole.OFFICE_HEAD) || (unitId !== null && user.unitId === unitId && user.roles.includes(StaffRole.HANDLER)))
      .map((user) => user.id);
  }

  units(agencyId: number): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).findBy({ agencyId });
  }
}
