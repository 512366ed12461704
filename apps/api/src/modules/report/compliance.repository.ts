import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Interpretation } from '../interpretation/interpretation.entity';
import { PolicyDocument } from '../policy/policy-document.entity';

@Injectable()
export class ComplianceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  publishedPolicies(agencyId: number): Promise<Pick<PolicyDocument, 'id' | 'title' | 'publishedAt' | 'needsInterpretation'>[]> {
    return this.dataSource.getRepository(PolicyDocument).find({ where: { agencyId, status: 'published' }, select: { id: true, title: true, publishedAt: true, needsInterpretation: true } });
  }

  publishedInterpretations(agencyId: number): Promise<Pick<Interpretation, 'id' | 'policyId' | 'form' | 'publishedAt'>[]> {
    return this.dataSource.getRepository(Interpretation).find({ where: { agencyId, status: 'published' }, select: { id: true, policyId: true, form: true, publishedAt: true } });
  }
}
