import { KeyTaskDraft, KeyTaskEvidenceView, KeyTaskLedgerSummary, KeyTaskProgressView, KeyTaskStatus, KeyTaskView } from '@govopen/contracts';
import { KEY_TASK_STATUS_LABELS, KeyTaskDeadline, keyTaskStatus, ParsedKeyTask } from '@govopen/domain';
import { KeyTask, KeyTaskLedger, KeyTaskProgress } from './key-task.entity';

export function draftOf(task: ParsedKeyTask): KeyTaskDraft {
  return {
    number: task.number,
    section: task.section,
    heading: task.heading,
    text: task.text,
    leadUnit: task.leadUnit,
    units: task.units,
    deadlineKind: task.deadline?.kind ?? null,
    dueDate: task.deadline?.dueDate ?? null,
    deadlineWords: task.deadlineWords,
  };
}

export function deadlineOf(task: KeyTask): KeyTaskDeadline {
  return task.deadlineKind === 'date' && task.dueDate ? { kind: 'date', dueDate: task.dueDate, words: task.deadlineWords } : { kind: 'continuous', dueDate: null, words: task.deadlineWords };
}

export function statusOf(task: KeyTask, today: string): KeyTaskStatus {
  return keyTaskStatus(deadlineOf(task), task.completedOn, today);
}

function progressViewOf(progress: KeyTaskProgress, unitNames: Map<number, string>): KeyTaskProgressView {
  return {
    id: progress.id,
    reportedAt: progress.reportedAt.toISOString(),
    reporterName: progress.staffName,
    unitName: progress.unitId === null ? null : (unitNames.get(progress.unitId) ?? null),
    text: progress.text,
    completed: progress.completed,
    evidence: JSON.parse(progress.evidence) as KeyTaskEvidenceView[],
  };
}

export function taskViewOf(task: KeyTask, today: string, unitNames: Map<number, string>, progress: KeyTaskProgress[]): KeyTaskView {
  const status = statusOf(task, today);
  return {
    id: task.id,
    ledgerId: task.ledgerId,
    number: task.number,
    section: task.section,
    heading: task.heading,
    text: task.text,
    leadUnit: task.leadUnit,
    units: JSON.parse(task.units) as string[],
    deadlineKind: task.deadlineKind,
    dueDate: task.dueDate,
    deadlineWords: task.deadlineWords,
    unitId: task.unitId,
    unitName: task.unitId === null ? null : (unitNames.get(task.unitId) ?? null),
    completedOn: task.completedOn,
    status,
    statusLabel: KEY_TASK_STATUS_LABELS[status],
    progress: progress.filter((report) => report.taskId === task.id).map((report) => progressViewOf(report, unitNames)),
  };
}

export function ledgerSummaryOf(ledger: KeyTaskLedger, tasks: KeyTask[], today: string): KeyTaskLedgerSummary {
  const statuses = tasks.map((task) => statusOf(task, today));
  const count = (status: KeyTaskStatus) => statuses.filter((candidate) => candidate === status).length;
  return {
    id: ledger.id,
    year: ledger.year,
    title: ledger.title,
    documentNumber: ledger.documentNumber,
    taskCount: tasks.length,
    overdue: count('overdue'),
    dueSoon: count('due_soon'),
    completed: count('completed'),
    unassigned: tasks.filter((task) => task.unitId === null).length,
    createdAt: ledger.createdAt.toISOString(),
  };
}
