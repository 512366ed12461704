import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { likeContaining } from '../../common/like-pattern';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { PolicyDocument } from '../policy/policy-document.entity';
import { Interpretation } from './interpretation.entity';
import { PageWindow } from '../policy/policy.repository';

@Injectable()
export class InterpretationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  servingAgencyId(): Promise<number | null> {
    return servingAgencyId(this.dataSource.manager);
  }

  async insert(fields: Omit<Interpretation, 'id'>, tx: Transaction): Promise<Interpretation> {
    const repository = managerOf(tx).getRepository(Interpretation);
    return repository.save(repository.create(fields));
  }

  async save(item: Interpretation, tx: Transaction): Promise<void> {
    await managerOf(tx).save(item);
  }

  find(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<Interpretation | null> {
    return managerOf(tx).getRepository(Interpretation).findOneBy({ id, agencyId });
  }

  findPublished(agencyId: number, id: number): Promise<Interpretation | null> {
    return this.dataSource.getRepository(Interpretation).findOneBy({ id, agencyId, status: 'published' });
  }

  /** Ids among `ids` that are public: published, and their policy too (media of an interpretation follow both). */
  async publicIds(ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource
      .getRepository(Interpretation)
      .createQueryBuilder('i')
      .innerJoin(PolicyDocument, 'p', 'p.id = i.policy_id AND p.agency_id = i.agency_id')
      .select('i.id', 'id')
      .where('i.id IN (:...ids) AND i.status = :published AND p.status = :published', { ids, published: 'published' })
      .getRawMany<{ id: number }>();
    return new Set(rows.map((row) => Number(row.id)));
  }

  listForStaff(agencyId: number, filter: { status?: Interpretation['status']; q?: string }, { page, pageSize }: PageWindow): Promise<[Interpretation[], number]> {
    const builder = this.dataSource.getRepository(Interpretation).createQueryBuilder('i').where('i.agency_id = :agency', { agency: agencyId });
    if (filter.status) builder.andWhere('i.status = :status', { status: filter.status });
    if (filter.q) builder.andWhere("i.title LIKE :q ESCAPE '!'", { q: likeContaining(filter.q) });
    return builder.orderBy('i.updated_at', 'DESC').addOrderBy('i.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
  }

  /** Published interpretations whose policy is published too, newest first. */
  listPublished(agencyId: number, filter: { form?: Interpretation['form']; policyId?: number }, { page, pageSize }: PageWindow): Promise<[Interpretation[], number]> {
    const builder = this.dataSource
      .getRepository(Interpretation)
      .createQueryBuilder('i')
      .innerJoin(PolicyDocument, 'p', 'p.id = i.policy_id AND p.status = :published')
      .where('i.agency_id = :agency AND i.status = :published', { agency: agencyId, published: 'published' });
    if (filter.form) builder.andWhere('i.form = :form', { form: filter.form });
    if (filter.policyId) builder.andWhere('i.policy_id = :policy', { policy: filter.policyId });
    return builder.orderBy('i.publishedAt', 'DESC').addOrderBy('i.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
  }

  ofPolicy(agencyId: number, policyId: number, publishedOnly: boolean): Promise<Interpretation[]> {
    return publishedOnly
      ? this.dataSource.getRepository(Interpretation).find({ where: { agencyId, policyId, status: 'published' }, order: { publishedAt: 'ASC', id: 'ASC' } })
      : this.dataSource.getRepository(Interpretation).find({ where: { agencyId, policyId }, order: { id: 'ASC' } });
  }

  formsOfPolicies(policyIds: number[], publishedOnly: boolean): Promise<Pick<Interpretation, 'id' | 'policyId' | 'form'>[]> {
    if (!policyIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Interpretation)
      .find({ where: { policyId: In(policyIds), ...(publishedOnly ? { status: 'published' as const } : {}) }, select: { id: true, policyId: true, form: true } });
  }

  /** The policies the interpretations explain. Each interpretation's policy is of its own agency. */
  async policiesOf(items: Pick<Interpretation, 'policyId'>[]): Promise<Map<number, PolicyDocument>> {
    const ids = [...new Set(items.map((item) => item.policyId))];
    const rows = ids.length ? await this.dataSource.getRepository(PolicyDocument).findBy({ id: In(ids) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  policy(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<PolicyDocument | null> {
    return managerOf(tx).getRepository(PolicyDocument).findOneBy({ id, agencyId });
  }

  findPublishedPolicy(agencyId: number, id: number): Promise<PolicyDocument | null> {
    return this.dataSource.getRepository(PolicyDocument).findOneBy({ id, agencyId, status: 'published' });
  }

  async dueIds(now: Date): Promise<number[]> {
    const rows = await this.dataSource.getRepository(Interpretation).find({ where: { status: 'scheduled', scheduledAt: LessThanOrEqual(now) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  findScheduled(id: number, tx: Transaction): Promise<Interpretation | null> {
    return managerOf(tx).getRepository(Interpretation).findOneBy({ id, status: 'scheduled' });
  }
}
