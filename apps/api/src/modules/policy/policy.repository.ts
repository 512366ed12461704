import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, LessThanOrEqual } from 'typeorm';
import { likeContaining } from '../../common/like-pattern';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { PolicyDocument } from './policy-document.entity';

export interface StaffPolicyFilter {
  status?: PolicyDocument['status'];
  q?: string;
}

export interface PublicPolicyFilter {
  catalogNodeIds?: ReadonlySet<number>;
  year?: number;
  issuingBody?: string;
  validity?: PolicyDocument['validity'];
  enterpriseTag?: string;
}

export interface PageWindow {
  page: number;
  pageSize: number;
}

@Injectable()
export class PolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  servingAgencyId(): Promise<number | null> {
    return servingAgencyId(this.dataSource.manager);
  }

  async insert(fields: Omit<PolicyDocument, 'id'>, tx: Transaction): Promise<PolicyDocument> {
    const repository = managerOf(tx).getRepository(PolicyDocument);
    return repository.save(repository.create(fields));
  }

  async save(policy: PolicyDocument, tx: Transaction): Promise<void> {
    await managerOf(tx).save(policy);
  }

  find(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<PolicyDocument | null> {
    return managerOf(tx).getRepository(PolicyDocument).findOneBy({ id, agencyId });
  }

  exists(agencyId: number, id: number, tx: Transaction): Promise<boolean> {
    return managerOf(tx).getRepository(PolicyDocument).existsBy({ id, agencyId });
  }

  findPublished(agencyId: number, id: number): Promise<PolicyDocument | null> {
    return this.dataSource.getRepository(PolicyDocument).findOneBy({ id, agencyId, status: 'published' });
  }

  /** The replacing document's title: any status for staff, published only for the public. */
  titleOf(agencyId: number, id: number, publishedOnly: boolean): Promise<Pick<PolicyDocument, 'id' | 'title'> | null> {
    return this.dataSource
      .getRepository(PolicyDocument)
      .findOne({ where: { id, agencyId, ...(publishedOnly ? { status: 'published' as const } : {}) }, select: { id: true, title: true } });
  }

  async publishedIds(ids: number[]): Promise<Set<number>> {
    const rows = ids.length ? await this.dataSource.getRepository(PolicyDocument).find({ where: { id: In(ids), status: 'published' }, select: { id: true } }) : [];
    return new Set(rows.map((row) => row.id));
  }

  listForStaff(agencyId: number, filter: StaffPolicyFilter, { page, pageSize }: PageWindow): Promise<[PolicyDocument[], number]> {
    const builder = this.dataSource.getRepository(PolicyDocument).createQueryBuilder('p').where('p.agency_id = :agency', { agency: agencyId });
    if (filter.status) builder.andWhere('p.status = :status', { status: filter.status });
    if (filter.q) builder.andWhere(new Brackets((where) => where.where("p.title LIKE :q ESCAPE '!'", { q: likeContaining(filter.q!) }).orWhere("p.document_number LIKE :q ESCAPE '!'")));
    return builder.orderBy('p.updated_at', 'DESC').addOrderBy('p.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
  }

  listPublished(agencyId: number, filter: PublicPolicyFilter, { page, pageSize }: PageWindow): Promise<[PolicyDocument[], number]> {
    const builder = this.dataSource.getRepository(PolicyDocument).createQueryBuilder('p').where('p.agency_id = :agency AND p.status = :published', { agency: agencyId, published: 'published' });
    if (filter.catalogNodeIds) builder.andWhere('p.catalog_node_id IN (:...nodes)', { nodes: [...filter.catalogNodeIds, 0] });
    if (filter.year) {
      // 发布日期 in China time: the year starts at 00:00 UTC+8.
      builder.andWhere('p.published_at >= :from AND p.published_at < :to', { from: new Date(`${filter.year}-01-01T00:00:00+08:00`), to: new Date(`${filter.year + 1}-01-01T00:00:00+08:00`) });
    }
    if (filter.issuingBody) builder.andWhere('p.issuing_body = :body', { body: filter.issuingBody });
    if (filter.validity) builder.andWhere('p.validity = :validity', { validity: filter.validity });
    if (filter.enterpriseTag) builder.andWhere("p.enterprise_tags LIKE :tag ESCAPE '!'", { tag: likeContaining(JSON.stringify(filter.enterpriseTag)) });
    return builder.orderBy('p.published_at', 'DESC').addOrderBy('p.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
  }

  async dueIds(now: Date): Promise<number[]> {
    const rows = await this.dataSource.getRepository(PolicyDocument).find({ where: { status: 'scheduled', scheduledAt: LessThanOrEqual(now) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  findScheduled(id: number, tx: Transaction): Promise<PolicyDocument | null> {
    return managerOf(tx).getRepository(PolicyDocument).findOneBy({ id, status: 'scheduled' });
  }
}
