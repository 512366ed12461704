import { addWorkingDays } from '../calendar/add-working-days';
import { addDays, LocalDate } from '../calendar/local-date';
import { WorkingCalendar } from '../calendar/working-calendar';

/** An update rule the system can check, read from the catalog's 更新时限 text. */
export type UpdateRule =
  | { kind: 'after_event'; days: number; dayType: 'working' | 'calendar'; event: string; text: string }
  | { kind: 'periodic'; period: 'year' | 'quarter' | 'month'; text: string };

/** Art. 26: proactive information within 20 working days of being made or changed; what applies when the catalog is silent. */
export const ARTICLE_26_RULE: UpdateRule = { kind: 'after_event', days: 20, dayType: 'working', event: '信息形成或者变更', text: '条例第二十六条：自政府信息形成或者变更之日起20个工作日内' };

/**
 * Reads "文件印发5日内公开", "会议召开后3个工作日内", "按季度更新"… Anything without a number or a period ("及时调整公开")
 * falls back to Art. 26, the law's outer limit, so every node has a checkable deadline.
 */
export function parseUpdateRule(raw: string | null): UpdateRule {
  const text = (raw ?? '').trim();
  if (!text) return ARTICLE_26_RULE;
  if (/按年|每年|年度/.test(text)) return { kind: 'periodic', period: 'year', text };
  if (/按季|每季/.test(text)) return { kind: 'periodic', period: 'quarter', text };
  if (/按月|每月/.test(text)) return { kind: 'periodic', period: 'month', text };
  const match = text.match(/(\d+)\s*个?(工作日|日|天)/);
  if (match) {
    const event = text
      .slice(0, match.index)
      .replace(/^自/, '')
      .replace(/(之日起|之日|后|起)$/, '')
      .replace(/之日起$/, '')
      .trim();
    return { kind: 'after_event', days: Number(match[1]), dayType: match[2] === '工作日' ? 'working' : 'calendar', event: event || '信息形成或者变更', text };
  }
  return { ...ARTICLE_26_RULE, text };
}

/** How a rule is stated to staff: "信息形成或者变更后 20 个工作日内", "每季度". */
export function describeUpdateRule(rule: UpdateRule): string {
  if (rule.kind === 'periodic') return { year: '每年', quarter: '每季度', month: '每月' }[rule.period];
  return `${rule.event}后 ${rule.days} 个${rule.dayType === 'working' ? '工作日' : '自然日'}内`;
}

export type CatalogTimeliness = 'on_time' | 'due_soon' | 'late';

export interface TimelinessCheck {
  status: CatalogTimeliness;
  /** The day by which the next update is due, if one is due. */
  dueDate: LocalDate | null;
}

function endOfPeriod(date: LocalDate, period: 'year' | 'quarter' | 'month'): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastMonth = period === 'year' ? 12 : period === 'quarter' ? Math.ceil(month / 3) * 3 : month;
  const next = lastMonth === 12 ? `${year + 1}-01-01` : `${year}-${String(lastMonth + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * Whether a node is on time against its rule. An event-driven node is due `days` after its latest pending event
 * (something made or changed and not yet published). A periodic one updated in one period is due again by the end
 * of the next (按季度更新, updated in Q1 → due by 30 June); never updated, by the end of the current period.
 */
export function checkTimeliness(
  rule: UpdateRule,
  facts: { lastPublished: LocalDate | null; pendingEventDate: LocalDate | null },
  today: LocalDate,
  calendar: WorkingCalendar,
  dueSoonDays = 5,
): TimelinessCheck {
  let dueDate: LocalDate | null;
  if (rule.kind === 'after_event') {
    if (!facts.pendingEventDate) return { status: 'on_time', dueDate: null };
    dueDate = rule.dayType === 'working' ? addWorkingDays(calendar, facts.pendingEventDate, rule.days) : addDays(facts.pendingEventDate, rule.days);
  } else {
    // Never updated: due by the end of the current period.
    const reference = facts.lastPublished ? addDays(endOfPeriod(facts.lastPublished, rule.period), 1) : today;
    dueDate = endOfPeriod(reference, rule.period);
  }
  if (today > dueDate) return { status: 'late', dueDate };
  const soon = rule.kind === 'after_event' && rule.dayType === 'working' ? addWorkingDays(calendar, today, dueSoonDays) : addDays(today, dueSoonDays);
  return { status: dueDate <= soon ? 'due_soon' : 'on_time', dueDate };
}
