import { AnnualReportSource, AnnualReportStatus, ReportingBodyKind } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/**
 * One agency's 政府信息公开工作年度报告 for one year: what staff typed (sections, table 二, overrides, as JSON), where
 * the workflow stands, the figures frozen at submission and, once published, the report exactly as published. The
 * computed tables of a draft are never stored: they are the cases' (AnnualReportFigures).
 */
@Entity('annual_report')
export class AnnualReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 12 })
  kind: ReportingBodyKind;

  @Column({ type: 'varchar', length: 12 })
  status: AnnualReportStatus;

  /** `imported`: a past report's text, published before the product; it has no drafts, figures or workflow. */
  @Column({ type: 'varchar', length: 12, default: 'generated' })
  source: AnnualReportSource;

  /** AnnualReportSections as JSON. */
  @Column({ type: 'text' })
  sections: string;

  /** Table2 as JSON. */
  @Column({ type: 'text' })
  table2: string;

  /** StoredOverride[] as JSON. */
  @Column({ type: 'text' })
  overrides: string;

  /** The computed figures (tables 三 and 四, fees) frozen at submission; null while a draft. */
  @Column({ name: 'frozen_figures', type: 'text', nullable: true })
  frozenFigures: string | null;

  /** The report as published (PublicAnnualReportView, or StoredImportedReport, without its date), never rewritten. */
  @Column({ name: 'published_report', type: 'text', nullable: true })
  publishedReport: string | null;

  @Column({ name: 'submitted_by', type: 'integer', nullable: true })
  submittedBy: number | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true, transformer: utcDate })
  submittedAt: Date | null;

  @Column({ name: 'approved_by', type: 'integer', nullable: true })
  approvedBy: number | null;

  @Column({ name: 'approved_at', type: 'datetime', nullable: true, transformer: utcDate })
  approvedAt: Date | null;

  @Column({ name: 'published_by', type: 'integer', nullable: true })
  publishedBy: number | null;

  @Column({ name: 'published_at', type: 'datetime', nullable: true, transformer: utcDate })
  publishedAt: Date | null;

  @Column({ name: 'return_comment', type: 'varchar', length: 1000, nullable: true })
  returnComment: string | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}
