import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { LetterTemplate } from './letter-template.entity';

@Injectable()
export class LetterTemplateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  ofAgency(agencyId: number): Promise<LetterTemplate[]> {
    return this.dataSource.getRepository(LetterTemplate).findBy({ agencyId });
  }

  find(agencyId: number, templateKey: string, tx: Transaction): Promise<LetterTemplate | null> {
    return managerOf(tx).getRepository(LetterTemplate).findOneBy({ agencyId, templateKey });
  }

  async save(template: LetterTemplate, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(LetterTemplate).save(template);
  }

  /** Back to the default wording: the agency's edited row goes (the audit log keeps that it was edited). */
  async remove(agencyId: number, templateKey: string, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(LetterTemplate).delete({ agencyId, templateKey });
  }
}
