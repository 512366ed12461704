import { receivedOnline, SCHEDULED_CALENDAR as calendar } from '../../../../test/fixtures/disclosure-requests';
import { applyRequestEvent } from '../disclosure/apply-request-event';
import { Outcome } from '../disclosure/outcome';
import { RequestEvent } from '../disclosure/request-event';
import { initialRequestState } from '../disclosure/request-state';
import { checkReport } from './check-report';
import { checkTable3 } from './check-table3';
import { computeTable3 } from './compute-table3';
import { feesCollected } from './fees-collected';
import { OrganizationKind, ReportApplicant, reportFactsOf } from './report-facts-of';
import { Table3, TABLE3_ROWS, Table3RowKey } from './table3-rows';
import { emptyTable2 } from './table2';
import { Table4 } from './table4';
import { toLayout2019 } from './to-layout-2019';

/**
 * A year of requests for 2025, built from events the domain accepts (applyRequestEvent enforces every rule), and
 * table 三 worked out by hand from the list below, not by the code under test.
 *
 * Columns: C 自然人, B 商业企业, R 科研机构, P 社会公益组织, L 法律服务机构, O 其他.
 *
 * Received in 2024 (a):
 *   a1 C  2024-12-20 → replied 2025-01-06 予以公开                 二, 三（一）
 *   a2 B  2024-11-15, fee notified 2024-11-20, paid 2025-01-08, open  二, 四      (fee ¥100 collected in 2025)
 *   a3 R  2024-12-30 → withdrawn 2025-02-05                       二, 三（六）3
 *   a4 C  2024-06-03 → replied 2024-07-01 (fee ¥50 paid 2024)      nowhere: closed before 2025
 *   a5 L  2024-12-31 → replied 2025-01-02 信息不存在               二, 三（四）1
 *   a6 P  2024-12-10, 补正 due 2025-01-10, lapsed 2025-01-13        二, 三（六）1
 * Received in 2025 and closed in 2025 (b): 一 and the leaf. b1 is received on the year's first working day
 * (2025-01-02), b26 answered on its last day (2025-12-31).
 *   b1 C 予以公开 · b2 C 予以公开 · b3 B 予以公开 · b29 B 予以公开 after paying ¥200
 *   b4 C 部分公开 · b5 R 部分公开
 *   b6 C 国家秘密 · b7 B 法律行政法规禁止 · b8 C 三安全一稳定 · b9 B 第三方合法权益 (after consulting) · b10 L 第三方合法权益
 *   b11 C 内部事务 · b12 P 过程性信息 · b13 L 行政执法案卷 · b14 C 行政查询事项
 *   b15 C 信息不存在 · b16 O 不属于本机关负责公开 (both 三（四）1) · b17 B 需要另行制作 · b18 C 补正后仍不明确
 *   b19 C 信访举报投诉 · b20 C 重复申请 · b21 R 公开出版物 · b22 C 大量反复申请 (reasons judged unreasonable) · b23 O 确认或重新出具
 *   b24 B 逾期不补正 · b25 C 逾期未缴费 · b26 L 其他 · b27 C withdrawn · b28 O withdrawn
 * Received in 2025, open at its end (c): 一 and 四.
 *   c1 C 2025-12-19 → replied 2026-01-05 · c2 P 2025-12-29 awaiting 补正 · c3 B 2025-11-03 consulting (paid ¥300) · c4 O 2025-12-31
 * Never in 2025's table (d):
 *   d1 C submitted online 2025-03-03, never registered · d2 B submitted 2025-05-05, withdrawn before registration
 *   d3 C submitted online 2025-12-30, confirmed 2026-01-04 (a make-up working Sunday): received in 2026 (Art. 31)
 *   d4 R received 2026-01-05, replied 2026-01-12
 */

type Case = { id: string; applicant: ReportApplicant; events: RequestEvent[] };

const C: ReportApplicant = { type: 'citizen' };
const org = (organizationKind: OrganizationKind): ReportApplicant => ({ type: 'organization', organizationKind });
const [B, R, P, L, O] = (['business', 'research', 'public_interest', 'legal_service', 'other'] as const).map(org);

const replied = (date: string, outcome: Outcome): RequestEvent => ({ type: 'replied', date, outcome });
const answered = (id: string, applicant: ReportApplicant, received: string, reply: string, outcome: Outcome): Case => ({
  id,
  applicant,
  events: [...receivedOnline(received), replied(reply, outcome)],
});

const CASES: Case[] = [
  answered('a1', C, '2024-12-20', '2025-01-06', Outcome.DISCLOSED),
  { id: 'a2', applicant: B, events: [...receivedOnline('2024-11-15'), { type: 'fee_notified', date: '2024-11-20', amountYuan: 100 }, { type: 'fee_paid', date: '2025-01-08' }] },
  { id: 'a3', applicant: R, events: [...receivedOnline('2024-12-30'), { type: 'withdrawn', date: '2025-02-05' }] },
  {
    id: 'a4',
    applicant: C,
    events: [...receivedOnline('2024-06-03'), { type: 'fee_notified', date: '2024-06-05', amountYuan: 50 }, { type: 'fee_paid', date: '2024-06-10' }, replied('2024-07-01', Outcome.DISCLOSED)],
  },
  answered('a5', L, '2024-12-31', '2025-01-02', Outcome.UNAVAILABLE_NOT_HELD),
  {
    id: 'a6',
    applicant: P,
    events: [...receivedOnline('2024-12-10'), { type: 'supplement_requested', date: '2024-12-12', dueDate: '2025-01-10', items: '请明确所需文件的名称' }, { type: 'supplement_expired', date: '2025-01-13' }],
  },

  answered('b1', C, '2025-01-02', '2025-01-09', Outcome.DISCLOSED),
  answered('b2', C, '2025-02-10', '2025-02-17', Outcome.DISCLOSED),
  answered('b3', B, '2025-03-03', '2025-03-10', Outcome.DISCLOSED),
  answered('b4', C, '2025-03-10', '2025-03-17', Outcome.PARTIALLY_DISCLOSED),
  answered('b5', R, '2025-03-17', '2025-03-24', Outcome.PARTIALLY_DISCLOSED),
  answered('b6', C, '2025-03-24', '2025-03-31', Outcome.WITHHELD_STATE_SECRET),
  answered('b7', B, '2025-04-07', '2025-04-14', Outcome.WITHHELD_PROHIBITED_BY_LAW),
  answered('b8', C, '2025-04-14', '2025-04-21', Outcome.WITHHELD_SECURITY_STABILITY),
  {
    id: 'b9',
    applicant: B,
    events: [
      ...receivedOnline('2025-04-21'),
      { type: 'consultation_sent', date: '2025-04-22', party: 'third_party' },
      { type: 'consultation_answered', date: '2025-04-25', consent: false },
      replied('2025-04-28', Outcome.WITHHELD_THIRD_PARTY_RIGHTS),
    ],
  },
  answered('b10', L, '2025-05-06', '2025-05-13', Outcome.WITHHELD_THIRD_PARTY_RIGHTS),
  answered('b11', C, '2025-05-12', '2025-05-19', Outcome.WITHHELD_INTERNAL_AFFAIRS),
  answered('b12', P, '2025-05-19', '2025-05-26', Outcome.WITHHELD_PROCESS_INFORMATION),
  answered('b13', L, '2025-06-03', '2025-06-10', Outcome.WITHHELD_ENFORCEMENT_FILE),
  answered('b14', C, '2025-06-09', '2025-06-16', Outcome.WITHHELD_ADMINISTRATIVE_QUERY),
  answered('b15', C, '2025-06-16', '2025-06-23', Outcome.UNAVAILABLE_NOT_HELD),
  answered('b16', O, '2025-06-23', '2025-06-30', Outcome.UNAVAILABLE_NOT_RESPONSIBLE),
  answered('b17', B, '2025-07-07', '2025-07-14', Outcome.UNAVAILABLE_NEEDS_CREATION),
  {
    id: 'b18',
    applicant: C,
    events: [
      ...receivedOnline('2025-07-14'),
      { type: 'supplement_requested', date: '2025-07-16', dueDate: '2025-07-30', items: '请说明所需信息的时间范围' },
      { type: 'supplement_received', date: '2025-07-25' },
      replied('2025-08-04', Outcome.UNAVAILABLE_STILL_UNCLEAR),
    ],
  },
  answered('b19', C, '2025-08-04', '2025-08-11', Outcome.NOT_PROCESSED_PETITION),
  answered('b20', C, '2025-08-11', '2025-08-18', Outcome.NOT_PROCESSED_REPEATED),
  answered('b21', R, '2025-08-18', '2025-08-25', Outcome.NOT_PROCESSED_PUBLICATION),
  {
    id: 'b22',
    applicant: C,
    events: [
      ...receivedOnline('2025-09-01'),
      { type: 'reasons_requested', date: '2025-09-02', answerDueDate: '2025-09-09' },
      { type: 'reasons_given', date: '2025-09-05' },
      { type: 'reasons_judged', date: '2025-09-08', reasonable: false },
      replied('2025-09-10', Outcome.NOT_PROCESSED_EXCESSIVE),
    ],
  },
  answered('b23', O, '2025-09-08', '2025-09-15', Outcome.NOT_PROCESSED_CONFIRMATION),
  {
    id: 'b24',
    applicant: B,
    events: [...receivedOnline('2025-09-15'), { type: 'supplement_requested', date: '2025-09-16', dueDate: '2025-09-30', items: '请提供委托书' }, { type: 'supplement_expired', date: '2025-10-09' }],
  },
  {
    id: 'b25',
    applicant: C,
    events: [
      ...receivedOnline('2025-10-13'),
      { type: 'fee_notified', date: '2025-10-15', amountYuan: 100 },
      { type: 'fee_notice_received', date: '2025-10-16', receivedDate: '2025-10-16', channel: 'online' },
      // 20 working days from 10-16 end on 11-13.
      { type: 'fee_expired', date: '2025-11-17' },
    ],
  },
  answered('b26', L, '2025-12-22', '2025-12-31', Outcome.OTHER),
  { id: 'b27', applicant: C, events: [...receivedOnline('2025-11-03'), { type: 'withdrawn', date: '2025-11-05' }] },
  { id: 'b28', applicant: O, events: [...receivedOnline('2025-11-10'), { type: 'withdrawn', date: '2025-11-20' }] },
  {
    id: 'b29',
    applicant: B,
    events: [...receivedOnline('2025-03-03'), { type: 'fee_notified', date: '2025-03-05', amountYuan: 200 }, { type: 'fee_paid', date: '2025-03-12' }, replied('2025-03-20', Outcome.DISCLOSED)],
  },

  answered('c1', C, '2025-12-19', '2026-01-05', Outcome.DISCLOSED),
  {
    id: 'c2',
    applicant: P,
    events: [...receivedOnline('2025-12-29'), { type: 'supplement_requested', date: '2025-12-31', dueDate: '2026-01-20', items: '请明确所需信息的名称' }],
  },
  {
    id: 'c3',
    applicant: B,
    events: [
      ...receivedOnline('2025-11-03'),
      { type: 'fee_notified', date: '2025-11-05', amountYuan: 300 },
      { type: 'fee_paid', date: '2025-11-10' },
      { type: 'consultation_sent', date: '2025-11-12', party: 'agency' },
    ],
  },
  { id: 'c4', applicant: O, events: receivedOnline('2025-12-31') },

  { id: 'd1', applicant: C, events: [{ type: 'submitted', date: '2025-03-03', channel: 'online' }] },
  { id: 'd2', applicant: B, events: [{ type: 'submitted', date: '2025-05-05', channel: 'online' }, { type: 'withdrawn', date: '2025-05-06' }] },
  { id: 'd3', applicant: C, events: [{ type: 'submitted', date: '2025-12-30', channel: 'online' }, { type: 'registered', date: '2026-01-04', receivedDate: '2026-01-04' }] },
  answered('d4', R, '2026-01-05', '2026-01-12', Outcome.DISCLOSED),
];

/** Folds each case's events as staff would record them, so every case is one the domain accepts. */
function factsOf(cases: Case[]) {
  return cases.map(({ events, applicant }) =>
    reportFactsOf(
      events.reduce((state, event) => applyRequestEvent(state, event, calendar, '2026-06-30'), initialRequestState()),
      applicant,
    ),
  );
}

function asTable(rows: Record<Table3RowKey, number[]>): Table3 {
  return Object.fromEntries(
    TABLE3_ROWS.map(({ key }) => {
      const [citizen, business, research, public_interest, legal_service, other, total] = rows[key];
      return [key, { citizen, business, research, public_interest, legal_service, other, total }];
    }),
  ) as Table3;
}

// Worked out by hand from the case list above.
const EXPECTED_2025: Record<Table3RowKey, number[]> = {
  //            C   B  R  P  L  O  总计
  一: /*       */ [15, 7, 2, 2, 3, 4, 33], // b1–b29 (C 14, B 6, R 2, P 1, L 3, O 3) and c1–c4 (C, P, B, O)
  二: /*       */ [1, 1, 1, 1, 1, 0, 5], // a1 a2 a3 a6 a5; a4 closed in 2024
  '三（一）': /**/ [3, 2, 0, 0, 0, 0, 5], // a1 b1 b2 · b3 b29
  '三（二）': /**/ [1, 0, 1, 0, 0, 0, 2], // b4 · b5
  '三（三）1': [1, 0, 0, 0, 0, 0, 1], // b6
  '三（三）2': [0, 1, 0, 0, 0, 0, 1], // b7
  '三（三）3': [1, 0, 0, 0, 0, 0, 1], // b8
  '三（三）4': [0, 1, 0, 0, 1, 0, 2], // b9 · b10
  '三（三）5': [1, 0, 0, 0, 0, 0, 1], // b11
  '三（三）6': [0, 0, 0, 1, 0, 0, 1], // b12
  '三（三）7': [0, 0, 0, 0, 1, 0, 1], // b13
  '三（三）8': [1, 0, 0, 0, 0, 0, 1], // b14
  '三（四）1': [1, 0, 0, 0, 1, 1, 3], // b15 · a5 · b16
  '三（四）2': [0, 1, 0, 0, 0, 0, 1], // b17
  '三（四）3': [1, 0, 0, 0, 0, 0, 1], // b18
  '三（五）1': [1, 0, 0, 0, 0, 0, 1], // b19
  '三（五）2': [1, 0, 0, 0, 0, 0, 1], // b20
  '三（五）3': [0, 0, 1, 0, 0, 0, 1], // b21
  '三（五）4': [1, 0, 0, 0, 0, 0, 1], // b22
  '三（五）5': [0, 0, 0, 0, 0, 1, 1], // b23
  '三（六）1': [0, 1, 0, 1, 0, 0, 2], // b24 · a6
  '三（六）2': [1, 0, 0, 0, 0, 0, 1], // b25
  '三（六）3': [1, 0, 1, 0, 1, 1, 4], // b27 withdrawn · a3 withdrawn · b26 其他 · b28 withdrawn
  '三（七）': /**/ [15, 6, 3, 2, 4, 3, 33],
  四: /*       */ [1, 2, 0, 1, 0, 1, 5], // c1 · a2 c3 · c2 · c4
};

describe('a year of requests: 2025', () => {
  const facts = factsOf(CASES);
  const table = computeTable3(facts, 2025);

  it('table 三: every cell as worked out by hand', () => {
    expect(table).toEqual(asTable(EXPECTED_2025));
  });

  it('every check passes, and the balance reads as the table header states it', () => {
    const checks = checkTable3(table);
    expect(checks).toHaveLength(7 + 7 + 25);
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    expect(checks.filter((check) => check.rule === 'table3_balance').map((check) => check.detail)).toEqual([
      '自然人：一 + 二 = 15 + 1 = 16，三（七）+ 四 = 15 + 1 = 16',
      '商业企业：一 + 二 = 7 + 1 = 8，三（七）+ 四 = 6 + 2 = 8',
      '科研机构：一 + 二 = 2 + 1 = 3，三（七）+ 四 = 3 + 0 = 3',
      '社会公益组织：一 + 二 = 2 + 1 = 3，三（七）+ 四 = 2 + 1 = 3',
      '法律服务机构：一 + 二 = 3 + 1 = 4，三（七）+ 四 = 4 + 0 = 4',
      '其他：一 + 二 = 4 + 0 = 4，三（七）+ 四 = 3 + 1 = 4',
      '总计：一 + 二 = 33 + 5 = 38，三（七）+ 四 = 33 + 5 = 38',
    ]);
    expect(checks.filter((check) => check.rule === 'table3_results_total').map((check) => check.detail)).toEqual([
      '自然人：三（一）至三（六）各项之和为 15，三（七）总计为 15',
      '商业企业：三（一）至三（六）各项之和为 6，三（七）总计为 6',
      '科研机构：三（一）至三（六）各项之和为 3，三（七）总计为 3',
      '社会公益组织：三（一）至三（六）各项之和为 2，三（七）总计为 2',
      '法律服务机构：三（一）至三（六）各项之和为 4，三（七）总计为 4',
      '其他：三（一）至三（六）各项之和为 3，三（七）总计为 3',
      '总计：三（一）至三（六）各项之和为 33，三（七）总计为 33',
    ]);
    expect(checks.filter((check) => check.rule === 'table3_row_total')).toHaveLength(25);
  });

  it('a leaf changed by hand fails two checks and not the third, and says where', () => {
    // A clerk "corrects" b9 into two 保护第三方合法权益 cases for 商业企业 and leaves the totals alone. The header's
    // balance still holds (it reads 三（七）, not the leaves), so only the other two sums catch it: the column's
    // leaves no longer make its 三（七）, and the row's six columns no longer make its 总计.
    const edited: Table3 = { ...table, '三（三）4': { ...table['三（三）4'], business: 2 } };
    expect(checkTable3(edited).filter((check) => !check.ok)).toEqual([
      { rule: 'table3_results_total', ok: false, detail: '商业企业：三（一）至三（六）各项之和为 7，三（七）总计为 6，两者不相等' },
      { rule: 'table3_row_total', ok: false, detail: '三（三）4 保护第三方合法权益：六类申请人之和为 3，总计栏为 2，两者不相等' },
    ]);
  });

  it('the five requests carried into 2026 come back as its 二, with their outcomes in its 三', () => {
    const next = computeTable3(facts, 2026);
    expect(next['二']).toEqual(table['四']);
    // 2026, by hand: 一 d3 (C) and d4 (R); 三（一） c1 (C) and d4 (R); 四 a2 c3 (B), c2 (P), c4 (O), d3 (C).
    expect(next['一']).toEqual({ citizen: 1, business: 0, research: 1, public_interest: 0, legal_service: 0, other: 0, total: 2 });
    expect(next['三（一）']).toEqual({ citizen: 1, business: 0, research: 1, public_interest: 0, legal_service: 0, other: 0, total: 2 });
    expect(next['三（七）']).toEqual(next['三（一）']);
    expect(next['四']).toEqual({ citizen: 1, business: 2, research: 0, public_interest: 1, legal_service: 0, other: 1, total: 5 });
    expect(checkTable3(next).every((check) => check.ok)).toBe(true);
  });

  it('the 2019 layout: （六）其他处理 is 三（六）1 + 2 + 3, every other row the same', () => {
    const layout = toLayout2019(table);
    // C 0+1+1, B 1+0+0, R 0+0+1, P 1+0+0, L 0+0+1, O 0+0+1.
    expect(layout['三（六）']).toEqual({ citizen: 2, business: 1, research: 1, public_interest: 1, legal_service: 1, other: 1, total: 7 });
    expect(layout['三（七）']).toEqual(table['三（七）']);
    expect(layout['四']).toEqual(table['四']);
  });

  it('信息处理费 collected in 2025: a2 ¥100 (notified in 2024), b29 ¥200, c3 ¥300; not a4 (2024), not b25 (unpaid)', () => {
    expect(feesCollected(CASES.map((kase) => kase.events), 2025)).toBe(600);
    expect(feesCollected(CASES.map((kase) => kase.events), 2024)).toBe(50);
  });

  it('the whole report: every check, and the one that fails explained', () => {
    const table4: Table4 = {
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigation_after_reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    };
    const table2 = emptyTable2();
    for (const row of [table2.regulations, table2.normativeDocuments]) Object.assign(row, { issued: 1, repealed: 0, inForce: 5, source: '规范性文件备案登记簿' });
    for (const row of [table2.licensing, table2.punishment, table2.enforcement]) Object.assign(row, { decisions: 0, source: '行政执法信息平台' });
    Object.assign(table2.administrativeFees, { amountWanYuan: 0, source: '财务科收费台账' });
    const report = {
      table2,
      table3: table,
      table4,
      problemsAndImprovements: '依申请公开答复文书的说理还不够充分。下一步将统一答复文书模板，加强培训。',
      otherMatters: '无。',
      feesYuan: feesCollected(CASES.map((kase) => kase.events), 2025),
    };
    const checks = checkReport(report);
    expect(checks).toHaveLength(39 + 3 + 6 + 2);
    expect(checks.filter((check) => check.rule === 'table4_group_total').map((check) => check.ok)).toEqual([true, true, true]);
    expect(checks.find((check) => check.rule === 'section5_present')).toEqual({ rule: 'section5_present', ok: true, detail: '第五部分“存在的主要问题及改进情况”已填写' });
    // ¥600 was collected but section 六 says 无: the only failing check, and it says what to write.
    expect(checks.filter((check) => !check.ok)).toEqual([
      { rule: 'fees_stated', ok: false, detail: '本年收取信息处理费 600 元，第六部分“其他需要报告的事项”应写明“信息处理费”及金额 600 元' },
    ]);
    const fixed = checkReport({ ...report, otherMatters: '本年依据《政府信息公开信息处理费管理办法》收取信息处理费600元。' });
    expect(fixed.every((check) => check.ok)).toBe(true);
  });
});
