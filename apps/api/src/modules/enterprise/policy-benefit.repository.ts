import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PolicyBenefitStatus } from '@govopen/contracts';
import { Brackets, DataSource, In } from 'typeorm';
import { likeContaining } from '../../common/like-pattern';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { PolicyDocument } from '../policy/policy-document.entity';
import { PolicyBenefit } from './policy-benefit.entity';

export interface BenefitFilter {
  status?: PolicyBenefitStatus;
  topic?: string;
  q?: string;
}

/** 惠企政策 items of an agency, and the titles of the policy documents they derive from. */
@Injectable()
export class PolicyBenefitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  find(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<PolicyBenefit | null> {
    return managerOf(tx).getRepository(PolicyBenefit).findOneBy({ agencyId, id });
  }

  save(tx: Transaction, benefit: Omit<PolicyBenefit, 'id'> & { id?: number }): Promise<PolicyBenefit> {
    return managerOf(tx).getRepository(PolicyBenefit).save(Object.assign(new PolicyBenefit(), benefit));
  }

  async list(agencyId: number, filter: BenefitFilter, page: number, pageSize: number): Promise<{ items: PolicyBenefit[]; total: number }> {
    const query = this.dataSource.getRepository(PolicyBenefit).createQueryBuilder('benefit').where('benefit.agency_id = :agencyId', { agencyId });
    if (filter.status) query.andWhere('benefit.status = :status', { status: filter.status });
    // Topics are stored as a JSON list of words: the quoted word finds it exactly.
    if (filter.topic) query.andWhere("benefit.topics LIKE :topic ESCAPE '!'", { topic: likeContaining(JSON.stringify(filter.topic)) });
    if (filter.q) {
      const pattern = likeContaining(filter.q);
      query.andWhere(new Brackets((where) => where.where("benefit.title LIKE :pattern ESCAPE '!'", { pattern }).orWhere("benefit.application_conditions LIKE :pattern ESCAPE '!'", { pattern })));
    }
    const order = filter.status === 'published' ? 'benefit.published_at' : 'benefit.id';
    const [items, total] = await query.orderBy(order, 'DESC').addOrderBy('benefit.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }

  allPublished(agencyId: number): Promise<PolicyBenefit[]> {
    return this.dataSource.getRepository(PolicyBenefit).find({ where: { agencyId, status: 'published' }, order: { id: 'ASC' } });
  }

  /** Titles of the agency's policy documents; only published ones when `publishedOnly`. */
  async documentTitles(agencyId: number, ids: (number | null)[], publishedOnly: boolean, tx: Transaction = this.dataSource.manager): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (!wanted.length) return new Map();
    const rows = await managerOf(tx)
      .getRepository(PolicyDocument)
      .find({ where: { agencyId, id: In(wanted), ...(publishedOnly ? { status: 'published' as const } : {}) }, select: { id: true, title: true } });
    return new Map(rows.map((row) => [row.id, row.title]));
  }
}
