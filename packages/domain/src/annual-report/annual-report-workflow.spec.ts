import { LegalRefusal } from '../law/legal-refusal';
import { AnnualReportWorkflow, NEW_ANNUAL_REPORT, takeAnnualReportStep } from './annual-report-workflow';
import { ReportCheck } from './report-check';

const HEAD = 1;
const REVIEWER = 2;
const passing: ReportCheck[] = [{ rule: 'section5_present', ok: true, detail: '第五部分已填写' }];
const failing: ReportCheck[] = [...passing, { rule: 'fees_stated', ok: false, detail: '本年收取信息处理费 600 元，第六部分应写明' }];
const after = { year: 2025, today: '2026-01-10', checks: passing };

const submitted: AnnualReportWorkflow = { status: 'in_review', submittedBy: HEAD, approvedBy: null };
const approved: AnnualReportWorkflow = { ...submitted, approvedBy: REVIEWER };
const published: AnnualReportWorkflow = { ...approved, status: 'published' };

function refusal(run: () => unknown): LegalRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof LegalRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the annual report from draft to publication', () => {
  it('draft → submitted by the head → approved by a second person → published', () => {
    const inReview = takeAnnualReportStep(NEW_ANNUAL_REPORT, 'submit', { ...after, staffId: HEAD });
    expect(inReview).toEqual(submitted);
    const ok = takeAnnualReportStep(inReview, 'approve', { ...after, staffId: REVIEWER });
    expect(ok).toEqual(approved);
    expect(takeAnnualReportStep(ok, 'publish', { ...after, staffId: HEAD })).toEqual(published);
  });

  it('a return sends it back to draft and forgets who submitted and approved', () => {
    expect(takeAnnualReportStep(approved, 'return', { ...after, staffId: REVIEWER })).toEqual(NEW_ANNUAL_REPORT);
  });

  it.each`
    edge                                              | workflow             | step         | context                                             | code                                   | message
    ${'the drafter approving their own report'}       | ${submitted}         | ${'approve'} | ${{ ...after, staffId: HEAD }}                      | ${'ANNUAL_REPORT_SELF_APPROVAL'}       | ${'报告须由起草人以外的人员审核，不能审核自己提交的报告（《政府信息公开条例》第十七条）'}
    ${'publishing what nobody approved'}              | ${submitted}         | ${'publish'} | ${{ ...after, staffId: HEAD }}                      | ${'ANNUAL_REPORT_NOT_APPROVED'}        | ${'报告须经起草人以外的人员审核通过后才能公开（《政府信息公开条例》第十七条）'}
    ${'publishing a draft'}                           | ${NEW_ANNUAL_REPORT} | ${'publish'} | ${{ ...after, staffId: HEAD }}                      | ${'ANNUAL_REPORT_NOT_APPROVED'}        | ${'报告须经起草人以外的人员审核通过后才能公开（《政府信息公开条例》第十七条）'}
    ${'submitting on 31 December'}                    | ${NEW_ANNUAL_REPORT} | ${'submit'}  | ${{ ...after, today: '2025-12-31', staffId: HEAD }} | ${'ANNUAL_REPORT_YEAR_NOT_OVER'}       | ${'2025年尚未结束，不能提交审核该年度的报告；年度报告于次年公布（《政府信息公开条例》第四十九条）'}
    ${'submitting with a failing check'}              | ${NEW_ANNUAL_REPORT} | ${'submit'}  | ${{ ...after, checks: failing, staffId: HEAD }}     | ${'ANNUAL_REPORT_CHECKS_FAILING'}      | ${'有 1 项检查未通过，不能提交审核：本年收取信息处理费 600 元，第六部分应写明（《政府信息公开条例》第五十条、国办公开办函〔2021〕30号）'}
    ${'editing what is under review'}                 | ${approved}          | ${'edit'}    | ${{ ...after, staffId: HEAD }}                      | ${'ANNUAL_REPORT_IN_REVIEW'}           | ${'报告正在审核，不能修改；如需修改，请先退回（《政府信息公开条例》第十七条）'}
    ${'editing a published report'}                   | ${published}         | ${'edit'}    | ${{ ...after, staffId: HEAD }}                      | ${'ANNUAL_REPORT_PUBLISHED_FROZEN'}    | ${'2025年度报告已公开，不能再修改；此后的变化在下一年度报告中说明（《政府信息公开条例》第四十九条）'}
    ${'returning a published report'}                 | ${published}         | ${'return'}  | ${{ ...after, staffId: REVIEWER }}                  | ${'ANNUAL_REPORT_PUBLISHED_FROZEN'}    | ${'2025年度报告已公开，不能再退回修改；此后的变化在下一年度报告中说明（《政府信息公开条例》第四十九条）'}
    ${'approving twice'}                              | ${approved}          | ${'approve'} | ${{ ...after, staffId: 3 }}                         | ${'ANNUAL_REPORT_WRONG_STATUS'}        | ${'报告已审核通过'}
    ${'approving a draft'}                            | ${NEW_ANNUAL_REPORT} | ${'approve'} | ${{ ...after, staffId: REVIEWER }}                  | ${'ANNUAL_REPORT_WRONG_STATUS'}        | ${'报告尚未提交审核'}
    ${'submitting twice'}                             | ${submitted}         | ${'submit'}  | ${{ ...after, staffId: HEAD }}                      | ${'ANNUAL_REPORT_WRONG_STATUS'}        | ${'报告已提交审核'}
  `('refuses $edge', ({ workflow, step, context, code, message }) => {
    const refused = refusal(() => takeAnnualReportStep(workflow, step, context));
    expect(refused.code).toBe(code);
    expect(refused.message).toBe(message);
  });

  it('edits a draft freely, whatever the date and the checks', () => {
    expect(takeAnnualReportStep(NEW_ANNUAL_REPORT, 'edit', { ...after, today: '2025-06-01', checks: failing, staffId: HEAD })).toEqual(NEW_ANNUAL_REPORT);
  });

  it('the year is over on 1 January', () => {
    expect(takeAnnualReportStep(NEW_ANNUAL_REPORT, 'submit', { ...after, today: '2026-01-01', staffId: HEAD }).status).toBe('in_review');
  });
});
