import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { ContentReviewEvent } from './content-review-event.entity';
import { ContentType } from './reviewable-content';

@Injectable()
export class PublishingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  async appendStep(step: Omit<ContentReviewEvent, 'id'>, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(ContentReviewEvent).insert(step);
  }

  /** The steps of the given documents. Scoped by the documents: callers pass ids they found in the staff member's agency. */
  history(type: ContentType, ids: number[]): Promise<ContentReviewEvent[]> {
    return ids.length ? this.dataSource.getRepository(ContentReviewEvent).find({ where: { contentType: type, contentId: In(ids) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }
}
