import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { Interpretation } from '../interpretation/interpretation.entity';
import { PolicyDocument } from '../policy/policy-document.entity';

/**
 * What the index reads. Not scoped by agency on purpose: each instance indexes every published document, and the
 * public search filters by the served agency's documents (one agency per deployment today).
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  policies(ids: number[]): Promise<PolicyDocument[]> {
    return ids.length ? this.dataSource.getRepository(PolicyDocument).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  interpretations(ids: number[]): Promise<Interpretation[]> {
    return ids.length ? this.dataSource.getRepository(Interpretation).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  interpretationsOfPolicies(policyIds: number[]): Promise<Interpretation[]> {
    return policyIds.length ? this.dataSource.getRepository(Interpretation).findBy({ policyId: In(policyIds) }) : Promise.resolve([]);
  }

  policiesChangedSince(since: Date): Promise<PolicyDocument[]> {
    return this.dataSource.getRepository(PolicyDocument).find({ where: { updatedAt: MoreThan(since) } });
  }

  /** Interpretations changed since, and those of the given (changed) policies. */
  interpretationsChangedSince(since: Date, policyIds: number[]): Promise<Interpretation[]> {
    return this.dataSource.getRepository(Interpretation).find({ where: [{ updatedAt: MoreThan(since) }, ...(policyIds.length ? [{ policyId: In(policyIds) }] : [])] });
  }
}
