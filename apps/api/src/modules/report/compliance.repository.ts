import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { Consultation } from '../consultation/consultation.entity';
import { Interpretation } from '../interpretation/interpretation.entity';
import { Message } from '../message/message.entity';
import { PolicyDocument } from '../policy/policy-document.entity';

@Injectable()
export class ComplianceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  publishedPolicies(agencyId: number): Promise<Pick<PolicyDocument, 'id' | 'title' | 'publishedAt' | 'needsInterpretation' | 'catalogNodeId'>[]> {
    return this.dataSource.getRepository(PolicyDocument).find({ where: { agencyId, status: 'published' }, select: { id: true, title: true, publishedAt: true, needsInterpretation: true, catalogNodeId: true } });
  }

  publishedInterpretations(agencyId: number): Promise<Pick<Interpretation, 'id' | 'policyId' | 'form' | 'publishedAt'>[]> {
    return this.dataSource.getRepository(Interpretation).find({ where: { agencyId, status: 'published' }, select: { id: true, policyId: true, form: true, publishedAt: true } });
  }

  /** Messages received (受理) and not yet answered: waiting for 分办, in a unit's inbox, or claimed. */
  openMessages(agencyId: number): Promise<Pick<Message, 'id' | 'title' | 'unitId' | 'receivedDate' | 'dueDate'>[]> {
    return this.dataSource.getRepository(Message).find({
      where: { agencyId, status: In(['dispatching', 'assigned', 'in_progress']), receivedDate: Not(IsNull()) },
      select: { id: true, title: true, unitId: true, receivedDate: true, dueDate: true },
    });
  }

  /** Published drafts whose window closed before `today` and whose 采纳情况 is not out yet. */
  consultationsOwingAdoption(agencyId: number, today: string): Promise<Pick<Consultation, 'id' | 'title' | 'unitId' | 'endDate' | 'decisionDate' | 'adoptionPublishedAt'>[]> {
    return this.dataSource.getRepository(Consultation).find({
      where: { agencyId, published: true, adoptionPublishedAt: IsNull(), endDate: LessThan(today) },
      select: { id: true, title: true, unitId: true, endDate: true, decisionDate: true, adoptionPublishedAt: true },
    });
  }
}
