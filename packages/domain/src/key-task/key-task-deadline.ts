import { LocalDate } from '../calendar/local-date';

/**
 * A key task's 完成时限 as the notice words it. `date`: finished by that day ("2024年6月底前", "年底前"; "2024年底前完成，
 * 长期坚持" is finished by year end and then kept up, so the day is what can be late). `continuous`: a task of the
 * whole year with no day to miss ("全年", "全年持续推进", "长期坚持"). The words are kept (less the spaces PDF extraction
 * put inside them), so the ledger shows what the notice said beside what we made of it.
 */
export type KeyTaskDeadline = { kind: 'date'; dueDate: LocalDate; words: string } | { kind: 'continuous'; dueDate: null; words: string };

const CONTINUOUS = /^(全年(持续推进|推进|持续|完成)?|长期坚持|持续推进|常态化推进|持续开展|长期)$/;

function lastDayOfMonth(year: number, month: number): LocalDate {
  // Day 0 of the next month is the last of this one; UTC so the machine's zone cannot shift it.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function day(year: number, month: number, date: number): LocalDate | null {
  if (month < 1 || month > 12 || date < 1 || date > Number(lastDayOfMonth(year, month).slice(8))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * Reads a 完成时限 cell; `year` is the plan's year, for the words that leave it out ("年底前", "6月底前"). Null when the
 * words are not a deadline we recognise: the importer asks a person rather than guessing. PDF extraction breaks
 * cells with spaces ("2024年底 前完 成"), so whitespace is ignored.
 */
export function parseKeyTaskDeadline(raw: string, year: number): KeyTaskDeadline | null {
  const words = raw.trim();
  const text = words.replace(/\s+/g, '');
  if (text === '') return null;
  if (CONTINUOUS.test(text)) return { kind: 'continuous', dueDate: null, words };
  const yearOfText = (digits: string | undefined) => (digits ? Number(digits) : year);
  let match = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|之前)/.exec(text);
  if (match) {
    const due = day(yearOfText(match[1]), Number(match[2]), Number(match[3]));
    return due ? { kind: 'date', dueDate: due, words } : null;
  }
  match = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末)(?:前|之前)?/.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'date', dueDate: lastDayOfMonth(yearOfText(match[1]), month), words } : null;
  }
  match = /^(\d{4})?年?(?:底|末)(?:前|之前)/.exec(text);
  if (match) return { kind: 'date', dueDate: `${yearOfText(match[1])}-12-31`, words };
  match = /^(\d{4})?年?上半年/.exec(text);
  if (match) return { kind: 'date', dueDate: `${yearOfText(match[1])}-06-30`, words };
  match = /^(\d{4})?年?第?([一二三四1-4])季度/.exec(text);
  if (match) {
    const quarter = '一二三四'.includes(match[2]) ? '一二三四'.indexOf(match[2]) + 1 : Number(match[2]);
    return { kind: 'date', dueDate: lastDayOfMonth(yearOfText(match[1]), quarter * 3), words };
  }
  return null;
}
