import { QUALIFICATION_LABELS } from '@govopen/domain';
import { EnterpriseFacts } from './enterprise-facts';

export interface FactChange {
  field: keyof EnterpriseFacts;
  from: string | null;
  to: string | null;
}

function shown(field: keyof EnterpriseFacts, facts: EnterpriseFacts): string | null {
  if (field === 'qualifications') {
    const list = [...facts.qualifications].sort((a, b) => a.kind.localeCompare(b.kind) || a.year - b.year);
    return list.length ? list.map((item) => `${QUALIFICATION_LABELS[item.kind]}（${item.year}）`).join('、') : null;
  }
  const value = facts[field];
  return value === null || value === undefined ? null : String(value);
}

/** The fields that differ, each as people read it before and after (qualifications in a stable order). */
export function diffEnterpriseFacts(before: EnterpriseFacts | null, after: EnterpriseFacts): FactChange[] {
  const fields = Object.keys(after) as (keyof EnterpriseFacts)[];
  return fields
    .map((field) => ({ field, from: before ? shown(field, before) : null, to: shown(field, after) }))
    .filter((change) => change.from !== change.to);
}
