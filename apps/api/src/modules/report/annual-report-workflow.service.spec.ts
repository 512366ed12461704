import { StaffRole } from '@govopen/contracts';
import { computeTable3, emptyAnnualReportSections, emptyTable4, LegalRefusal, Outcome, ReportFiguresWithFees, Table2 } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { Transaction } from '../../database/unit-of-work/transaction';
import { newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { StaffDirectoryRepository } from '../organization/staff-directory.repository';
import { AnnualReportFigures } from './annual-report-figures';
import { AnnualReportWorkflowService } from './annual-report-workflow.service';
import { AnnualReport } from './annual-report.entity';
import { AnnualReportRepository } from './annual-report.repository';
import { AnnualReportService } from './annual-report.service';

// Tuesday 2026-01-06, 10:00 in China: the 2025 report is due by 31 January.
const NOW = new Date('2026-01-06T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const HEAD: StaffPrincipal = { id: 2, username: 'head', displayName: '王公开', agencyId: 1, unitId: 1, roles: [StaffRole.OFFICE_HEAD] };
const REVIEWER: StaffPrincipal = { id: 4, username: 'reviewer', displayName: '赵审核', agencyId: 1, unitId: 1, roles: [StaffRole.REVIEWER] };
const actorOf = (staff: StaffPrincipal): Actor => ({ type: 'staff', id: staff.id, name: staff.username, ip: null, userAgent: null });

const TABLE2: Table2 = {
  regulations: { issued: 0, repealed: 0, inForce: 0, source: '规章台账' },
  normativeDocuments: { issued: 1, repealed: 0, inForce: 4, source: '备案登记簿' },
  licensing: { decisions: 10, source: '政务服务平台' },
  punishment: { decisions: 0, source: '执法平台' },
  enforcement: { decisions: 0, source: '执法平台' },
  administrativeFees: { amountWanYuan: 0, source: '收费台账' },
};

/** One citizen request received and answered in 2025: 一, 三（一）, 三（七） 1 each. */
const FIGURES: ReportFiguresWithFees = {
  table3: computeTable3([{ applicantType: 'citizen', organizationKind: null, receivedDate: '2025-03-03', closedDate: '2025-03-10', outcome: Outcome.DISCLOSED, withdrawn: false }], 2025),
  table4: emptyTable4(),
  feesYuan: 0,
};

function draft(overrides: Partial<AnnualReport> = {}): AnnualReport {
  return {
    id: 7,
    agencyId: 1,
    year: 2025,
    kind: 'department',
    status: 'draft',
    source: 'generated',
    sections: JSON.stringify({ ...emptyAnnualReportSections(), 五: '答复说理不够充分，将加强培训。', 六: '无。' }),
    table2: JSON.stringify(TABLE2),
    overrides: '[]',
    frozenFigures: null,
    publishedReport: null,
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    publishedBy: null,
    publishedAt: null,
    returnComment: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** The workflow over the real report service; the repository, the figures, the directory and the audit mocked. */
function build(row: AnnualReport | null) {
  const reports = newTestService(AnnualReportService, { byType: [[Clock, { now: () => NOW }]] });
  const repository = reports.mock(AnnualReportRepository);
  const figures = reports.mock(AnnualReportFigures);
  const audit = reports.mock(AuditService);
  repository.transaction.mockImplementation((work) => work(tx));
  repository.findForUpdate.mockResolvedValue(row);
  repository.find.mockResolvedValue(row);
  repository.agencyName.mockResolvedValue('威海市工业和信息化局');
  figures.compute.mockResolvedValue(FIGURES);
  reports.mock(StaffDirectoryRepository).displayNames.mockResolvedValue(new Map([[HEAD.id, HEAD.displayName], [REVIEWER.id, REVIEWER.displayName]]));
  const workflow = newTestService(AnnualReportWorkflowService, {
    byType: [
      [Clock, { now: () => NOW }],
      [AnnualReportRepository, repository],
      [AnnualReportService, reports.sut],
      [AuditService, audit],
    ],
  });
  return { sut: workflow.sut, reports: reports.sut, repository, figures, audit };
}

describe('AnnualReportWorkflowService', () => {
  it('submission freezes the figures the cases give now, in the step\'s transaction, with its audit record', async () => {
    const row = draft();
    const { sut, repository, audit } = build(row);
    const view = await sut.take(HEAD, 2025, 'submit', actorOf(HEAD));
    expect(repository.save).toHaveBeenCalledWith(expect.objectContaining({ status: 'in_review', submittedBy: HEAD.id, submittedAt: NOW, frozenFigures: JSON.stringify(FIGURES) }), tx);
    expect(audit.record).toHaveBeenCalledWith(actorOf(HEAD), { action: 'annual_report.submit', targetType: 'annual_report', targetId: 7, detail: '2025年度报告：提交审核' }, tx);
    expect(view).toMatchObject({ status: 'in_review', frozen: true, workflow: { submittedBy: '王公开' } });
  });

  it('the one who submitted cannot approve: the domain refuses, nothing is written', async () => {
    const { sut, repository, audit } = build(draft({ status: 'in_review', submittedBy: HEAD.id, frozenFigures: JSON.stringify(FIGURES) }));
    const refused = await sut.take(HEAD, 2025, 'approve', actorOf(HEAD)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LegalRefusal);
    expect(refused).toMatchObject({ code: 'ANNUAL_REPORT_SELF_APPROVAL', article: '《政府信息公开条例》第十七条' });
    expect(repository.save).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('publication stores the report as printed, undated, from the frozen figures — not from a recomputation', async () => {
    const frozen: ReportFiguresWithFees = { ...FIGURES, feesYuan: 0 };
    const row = draft({ status: 'in_review', submittedBy: HEAD.id, approvedBy: REVIEWER.id, frozenFigures: JSON.stringify(frozen) });
    const { sut, repository, figures } = build(row);
    // The cases have moved on since submission: a second request now counts in 一.
    figures.compute.mockResolvedValue({ ...FIGURES, table3: { ...FIGURES.table3, 一: { ...FIGURES.table3['一'], citizen: 2, total: 2 } } });
    await sut.take(HEAD, 2025, 'publish', actorOf(HEAD));
    const saved = repository.save.mock.calls[0][0];
    expect(saved).toMatchObject({ status: 'published', publishedBy: HEAD.id, publishedAt: NOW });
    const stored = JSON.parse(saved.publishedReport!);
    expect(stored.publishedAt).toBeUndefined();
    expect(stored.table3.rows['一'].citizen).toBe(1);
    expect(stored.title).toBe('威海市工业和信息化局2025年政府信息公开工作年度报告');
  });

  it('a return sends it back to draft with the reviewer\'s words and unfreezes the figures', async () => {
    const { sut, repository } = build(draft({ status: 'in_review', submittedBy: HEAD.id, submittedAt: NOW, frozenFigures: JSON.stringify(FIGURES) }));
    await sut.take(REVIEWER, 2025, 'return', actorOf(REVIEWER), '第五部分请写具体措施');
    expect(repository.save).toHaveBeenCalledWith(expect.objectContaining({ status: 'draft', frozenFigures: null, submittedBy: null, submittedAt: null, returnComment: '第五部分请写具体措施' }), tx);
  });

  it('a report never saved cannot be submitted: its checks fail (nothing typed yet)', async () => {
    const { sut, repository } = build(null);
    await expect(sut.take(HEAD, 2025, 'submit', actorOf(HEAD))).rejects.toMatchObject({ code: 'ANNUAL_REPORT_CHECKS_FAILING' });
    expect(repository.save).not.toHaveBeenCalled();
  });
});

describe('AnnualReportService', () => {
  it('the first save creates the year\'s row, in a transaction with its audit record', async () => {
    const { reports, repository, audit } = build(null);
    repository.insert.mockImplementation(async (row) => ({ ...row, id: 9 }) as AnnualReport);
    await reports.save(HEAD, 2025, { kind: 'government', sections: { ...emptyAnnualReportSections(), 五: '问题与改进' }, table2: TABLE2 }, actorOf(HEAD));
    expect(repository.insert).toHaveBeenCalledWith(expect.objectContaining({ agencyId: 1, year: 2025, status: 'draft' }), tx);
    expect(repository.save).toHaveBeenCalledWith(expect.objectContaining({ id: 9, kind: 'government', table2: JSON.stringify(TABLE2) }), tx);
    expect(audit.record).toHaveBeenCalledWith(actorOf(HEAD), expect.objectContaining({ action: 'annual_report.save', targetId: 9 }), tx);
  });

  it('an override names a cell of the tables or is refused naming the field', async () => {
    const { reports, repository } = build(draft());
    const refused = await reports.override(HEAD, 2025, { cell: 'table3/五/citizen', value: 1, reason: '补录' }, actorOf(HEAD)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppException);
    expect((refused as AppException).field).toBe('cell');
    expect(repository.save).not.toHaveBeenCalled();
  });

  it('an override keeps who set it, and the view shows it beside the computed figure', async () => {
    const row = draft();
    const { reports } = build(row);
    const view = await reports.override(HEAD, 2025, { cell: 'table3/一/citizen', value: 3, reason: ' 纸质登记簿补录两件 ' }, actorOf(HEAD));
    expect(view.overrides).toEqual([{ cell: 'table3/一/citizen', label: '表三 一 本年新收政府信息公开申请数量 · 自然人', value: 3, computed: 1, reason: '纸质登记簿补录两件', by: '王公开', at: NOW.toISOString() }]);
    expect(view.table3.rows['一'].citizen).toBe(3);
    expect(view.checks.filter((check) => !check.ok).map((check) => check.rule)).toEqual(['table3_balance', 'table3_row_total']);
  });

  it.each([2007, 2027, 2025.5])('there is no report of %p on 2026-01-06', async (year) => {
    const { reports } = build(null);
    await expect(reports.view(HEAD, year)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
