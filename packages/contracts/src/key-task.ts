import type { KeyTaskStatus, KeyTaskUndatedRule } from '@govopen/domain';

// A task's status, its labels and the warning window are the domain's; the wire carries them as they are.
export type { KeyTaskStatus, KeyTaskUndatedRule } from '@govopen/domain';
export { KEY_TASK_DUE_SOON_DAYS, KEY_TASK_STATUS_LABELS } from '@govopen/domain';

/** `date`: finished by dueDate; `continuous`: carried on all year (全年持续推进), no day to miss. */
export type KeyTaskDeadlineKind = 'date' | 'continuous';

/** A 政务公开重点工作/责任分工 document pasted as text, read for the ledger of `year`. */
export interface ImportKeyTasks {
  year: number;
  text: string;
  /** What a task without a readable 完成时限 means (year_end: due 31 December; continuous); null to be asked. */
  undatedAs: KeyTaskUndatedRule | null;
}

/** One task as the document gives it, before it is saved. */
export interface KeyTaskDraft {
  number: string;
  section: string;
  heading: string;
  text: string;
  leadUnit: string | null;
  units: string[];
  /** Null while the deadline is unreadable and no rule for it was chosen. */
  deadlineKind: KeyTaskDeadlineKind | null;
  dueDate: string | null;
  deadlineWords: string;
}

/** What importing the text would save; `problems` must be empty (choose undatedAs) before it can be saved. */
export interface KeyTaskImportPreview {
  year: number;
  title: string;
  documentNumber: string | null;
  tasks: KeyTaskDraft[];
  problems: string[];
}

/** A link from a progress report to evidence already in the product: a policy document, or a year's annual report. */
export interface KeyTaskEvidence {
  kind: 'policy' | 'annual_report';
  /** The policy's id, or the annual report's year. */
  targetId: number;
}

export interface KeyTaskEvidenceView extends KeyTaskEvidence {
  title: string;
}

export interface KeyTaskProgressView {
  id: number;
  reportedAt: string;
  reporterName: string;
  unitName: string | null;
  text: string;
  /** This report says the task is finished. */
  completed: boolean;
  evidence: KeyTaskEvidenceView[];
}

export interface KeyTaskView {
  id: number;
  ledgerId: number;
  number: string;
  section: string;
  heading: string;
  text: string;
  leadUnit: string | null;
  units: string[];
  deadlineKind: KeyTaskDeadlineKind;
  dueDate: string | null;
  deadlineWords: string;
  /** The agency's unit (责任科室) the task is assigned to; null until the office head assigns it. */
  unitId: number | null;
  unitName: string | null;
  /** China date of the report that said it is finished. */
  completedOn: string | null;
  status: KeyTaskStatus;
  statusLabel: string;
  progress: KeyTaskProgressView[];
}

export interface KeyTaskLedgerSummary {
  id: number;
  year: number;
  title: string;
  documentNumber: string | null;
  /** Counted over the tasks the reader may see (a unit's staff: their unit's). */
  taskCount: number;
  overdue: number;
  dueSoon: number;
  completed: number;
  unassigned: number;
  createdAt: string;
}

export interface KeyTaskLedgerView extends KeyTaskLedgerSummary {
  /** The China date the statuses are as of. */
  today: string;
  dueSoonDays: number;
  /** The reader may assign tasks and sees every unit's (office head, system admin). */
  canManage: boolean;
  tasks: KeyTaskView[];
}

export interface KeyTaskLedgerQuery {
  status?: KeyTaskStatus;
  unitId?: number;
}

export interface AssignKeyTask {
  /** Null takes the assignment back. */
  unitId: number | null;
}

export interface ReportKeyTaskProgress {
  text: string;
  completed: boolean;
  evidence: KeyTaskEvidence[];
}
