import { ContentStatus } from '@govopen/contracts';
import { Transaction } from '../../database/unit-of-work/transaction';

/** The kinds of content that go through 保密审查 before publication, in the order scheduled ones are published. */
export const CONTENT_TYPES = ['policy', 'interpretation'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The workflow columns every reviewable document carries; the review workflow reads and writes only these. */
export interface ReviewableContent {
  id: number;
  agencyId: number;
  status: ContentStatus;
  authorId: number;
  reviewerId: number | null;
  publisherId: number | null;
  reviewComment: string | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

/**
 * What the review workflow needs of a kind of content. Publishing defines it and sits below its users: the policy
 * and interpretation modules implement it and register it (PublishingService.register), so the workflow never
 * imports their entities.
 */
export interface ReviewableContentStore<T extends ReviewableContent = ReviewableContent> {
  readonly type: ContentType;
  /** The document's name in messages: 政策文件, 政策解读. */
  readonly noun: string;
  find(agencyId: number, id: number, tx: Transaction): Promise<T | null>;
  /** Ids of scheduled documents due at `now`, in every agency (the timer publishes for all of them). */
  dueIds(now: Date): Promise<number[]>;
  findScheduled(id: number, tx: Transaction): Promise<T | null>;
  save(record: T, tx: Transaction): Promise<void>;
  /** Throws when the document is not whole enough to be reviewed (a video without captions, an empty body). */
  checkComplete(record: T, tx: Transaction): Promise<void>;
  /** Throws when the document may not appear at `at` (an interpretation before its policy). */
  checkPublishable(record: T, at: Date, tx: Transaction): Promise<void>;
  /** What publication changes beyond the document itself (a policy updates its catalog node). */
  afterPublished(record: T, now: Date, tx: Transaction): Promise<void>;
}

/**
 * The search index, as the content modules see it: told at once when this instance changes a document. Defined here
 * and provided by the search module, which reads the documents itself; so content never imports search.
 */
export abstract class ContentIndex {
  abstract refresh(type: ContentType, ids: number[]): Promise<void>;
}

/** The workflow columns of a new document: a draft of its author, reviewed and published by nobody yet. */
export function newDraft(agencyId: number, authorId: number, now: Date) {
  return {
    agencyId,
    status: 'draft' as const,
    authorId,
    reviewerId: null,
    publisherId: null,
    reviewComment: null,
    scheduledAt: null,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
