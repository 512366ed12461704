import { KeyTaskDeadlineKind } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** One imported 重点工作/责任分工 document: the ledger (台账) of its tasks for a year. */
@Entity('key_task_ledger')
export class KeyTaskLedger {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'document_number', type: 'varchar', length: 60, nullable: true })
  documentNumber: string | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy: number;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}

/** One task of a ledger as the document words it, and the agency's unit it is assigned to. Status is derived. */
@Entity('key_task')
export class KeyTask {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'ledger_id', type: 'integer' })
  ledgerId: number;

  /** The document's order. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 100 })
  section: string;

  @Column({ type: 'varchar', length: 200 })
  heading: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'lead_unit', type: 'varchar', length: 100, nullable: true })
  leadUnit: string | null;

  /** The document's 责任单位 names as a JSON list (names in the document's words, not the agency's units). */
  @Column({ type: 'text' })
  units: string;

  @Column({ name: 'deadline_kind', type: 'varchar', length: 12 })
  deadlineKind: KeyTaskDeadlineKind;

  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  @Column({ name: 'deadline_words', type: 'varchar', length: 100 })
  deadlineWords: string;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ name: 'completed_on', type: 'varchar', length: 10, nullable: true })
  completedOn: string | null;
}

/** A unit's progress report on a task, append-only: the ledger's history of who reported what, with evidence. */
@Entity('key_task_progress')
export class KeyTaskProgress {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  @Column({ name: 'staff_id', type: 'integer' })
  staffId: number;

  /** The reporter's display name then, so the history reads the same after a rename. */
  @Column({ name: 'staff_name', type: 'varchar', length: 60 })
  staffName: string;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'boolean' })
  completed: boolean;

  /** KeyTaskEvidenceView[] as JSON: the titles as they were when reported. */
  @Column({ type: 'text' })
  evidence: string;

  @Column({ name: 'reported_at', type: 'datetime', transformer: utcDate })
  reportedAt: Date;
}
