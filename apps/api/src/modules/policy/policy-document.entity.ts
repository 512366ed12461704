import { ContentStatus, DisclosureAttribute, PolicyValidity } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** A policy document (政策文件) with DOMAIN §3's fields and its 保密审查 workflow state. */
@Entity('policy_document')
export class PolicyDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** 文号, e.g. 威工信发〔2024〕12号 */
  @Column({ name: 'document_number', type: 'varchar', length: 60, nullable: true })
  documentNumber: string | null;

  @Column({ name: 'issuing_body', type: 'varchar', length: 100 })
  issuingBody: string;

  /** 索引号 */
  @Column({ name: 'index_number', type: 'varchar', length: 60, nullable: true })
  indexNumber: string | null;

  /** 成文日期 (China date) */
  @Column({ name: 'written_date', type: 'varchar', length: 10, nullable: true })
  writtenDate: string | null;

  @Column({ name: 'catalog_node_id', type: 'integer', nullable: true })
  catalogNodeId: number | null;

  @Column({ type: 'varchar', length: 10 })
  validity: PolicyValidity;

  @Column({ name: 'replaced_by_id', type: 'integer', nullable: true })
  replacedById: number | null;

  @Column({ name: 'disclosure_attribute', type: 'varchar', length: 12 })
  disclosureAttribute: DisclosureAttribute;

  /** Sanitised on save; what is stored is what readers get. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'topic_tags', type: 'simple-json' })
  topicTags: string[];

  @Column({ name: 'enterprise_tags', type: 'simple-json' })
  enterpriseTags: string[];

  @Column({ name: 'needs_interpretation', type: 'boolean' })
  needsInterpretation: boolean;

  @Column({ type: 'varchar', length: 12 })
  status: ContentStatus;

  @Column({ name: 'author_id', type: 'integer' })
  authorId: number;

  @Column({ name: 'reviewer_id', type: 'integer', nullable: true })
  reviewerId: number | null;

  @Column({ name: 'publisher_id', type: 'integer', nullable: true })
  publisherId: number | null;

  @Column({ name: 'review_comment', type: 'varchar', length: 1000, nullable: true })
  reviewComment: string | null;

  @Column({ name: 'scheduled_at', type: 'datetime', nullable: true, transformer: utcDate })
  scheduledAt: Date | null;

  /** 发布日期: set when first published, kept across a withdraw and republish of a correction. */
  @Column({ name: 'published_at', type: 'datetime', nullable: true, transformer: utcDate })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}
