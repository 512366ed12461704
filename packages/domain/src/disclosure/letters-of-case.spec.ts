import { createWorkingCalendar } from '../calendar/working-calendar';
import { CaseHistoryEntry, lettersOfCase } from './letters-of-case';
import { Outcome } from './outcome';

// November–December 2026 have no holiday and no make-up day: every weekday counts.
const calendar = createWorkingCalendar([2026], []);
const base = { agencyName: '威海市工业和信息化局', reviewBody: '威海市人民政府', trackingNumber: 'YSQ2026110200001', applicantName: '张三', requestTitle: '技改专项资金分配结果' };
const entry = (event: CaseHistoryEntry['event'], details: Record<string, unknown> = {}): CaseHistoryEntry => ({ event, details });

// Received Monday 11-02; 补正 asked 11-03, supplied Tuesday 11-10; 10 more working days approved 11-20; replied 11-25.
const history: CaseHistoryEntry[] = [
  entry({ type: 'submitted', date: '2026-11-02', channel: 'online' }),
  entry({ type: 'registered', date: '2026-11-02', receivedDate: '2026-11-02' }),
  entry({ type: 'assigned', date: '2026-11-02', unitId: 3, assistUnitIds: [] }),
  entry({ type: 'supplement_requested', date: '2026-11-03', dueDate: '2026-11-17', items: '请写明项目名称' }, { items: '请写明项目名称' }),
  entry({ type: 'supplement_received', date: '2026-11-10' }),
  entry({ type: 'extension_requested', date: '2026-11-20', days: 10, reason: '需调取档案', requestedBy: 5 }, { reason: '需调取档案' }),
  entry({ type: 'extension_approved', date: '2026-11-20', approvedBy: 1 }, { days: 10, reason: '需调取档案' }),
  entry({ type: 'replied', date: '2026-11-25', outcome: Outcome.DISCLOSED }, { note: null }),
];

describe('lettersOfCase', () => {
  it('a case not yet received has produced no letter', () => {
    expect(lettersOfCase(history.slice(0, 1), base, calendar, new Map())).toEqual([]);
  });

  it('gives one letter per event that produces one, in the order of the events', () => {
    expect(lettersOfCase(history, base, calendar, new Map()).map((letter) => letter.kind)).toEqual(['supplement', 'extension', 'reply']);
  });

  it('the extension letter counts from the supplement (Art. 30) and states the new day', () => {
    // 20 + 10 working days after Tuesday 11-10: the 30th is Tuesday 12-22.
    const extension = lettersOfCase(history, base, calendar, new Map()).find((letter) => letter.kind === 'extension')!;
    const text = extension.paragraphs.join('');
    expect(text).toContain('2026年11月10日');
    expect(text).toContain('延长10个工作日');
    expect(text).toContain('2026年12月22日');
  });

  it('uses the agency’s own wording for the outcome it was written for, and only that one', () => {
    const wordings = new Map([[`reply:${Outcome.DISCLOSED}`, { title: '本局答复书', paragraphs: ['{{申请人}}：', '您申请的信息予以公开。'] }]]);
    const letters = lettersOfCase(history, base, calendar, wordings);
    expect(letters.find((letter) => letter.kind === 'reply')!.title).toBe('本局答复书');
    expect(letters.find((letter) => letter.kind === 'supplement')!.title).not.toBe('本局答复书');
  });

  it('a consultation with a due date in a year the calendar lacks still gets its letter, dated by the event', () => {
    const consulted = [...history.slice(0, 3), entry({ type: 'consultation_sent', date: '2026-12-28', party: 'third_party' }, { partyName: '某公司', question: '是否同意公开' })];
    const [letter] = lettersOfCase(consulted, base, calendar, new Map());
    expect(letter.kind).toBe('consultation');
    expect(letter.recipient).toContain('某公司');
    expect(letter.paragraphs.join('')).toContain('是否同意公开');
  });
});
