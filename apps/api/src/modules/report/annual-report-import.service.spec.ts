import { StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { Transaction } from '../../database/unit-of-work/transaction';
import { newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { AnnualReportImportService } from './annual-report-import.service';
import { AnnualReport } from './annual-report.entity';
import { AnnualReportRepository } from './annual-report.repository';
import { AnnualReportService } from './annual-report.service';

// Tuesday 2026-01-06, 10:00 in China.
const NOW = new Date('2026-01-06T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const HEAD: StaffPrincipal = { id: 2, username: 'head', displayName: '王公开', agencyId: 1, unitId: 1, roles: [StaffRole.OFFICE_HEAD] };
const ACTOR: Actor = { type: 'staff', id: HEAD.id, name: HEAD.username, ip: null, userAgent: null };
const BODY = { year: 2019, title: '2019年政府信息公开工作年度报告', publishedOn: '2020-01-31', text: '一、总体情况\r\n\r\n二、主动公开政府信息情况\r\n' };

function build(existing: AnnualReport | null) {
  const reports = newTestService(AnnualReportService, { byType: [[Clock, { now: () => NOW }]] });
  const repository = reports.mock(AnnualReportRepository);
  const audit = reports.mock(AuditService);
  repository.transaction.mockImplementation((work) => work(tx));
  repository.findForUpdate.mockResolvedValue(existing);
  repository.agencyName.mockResolvedValue('威海市工业和信息化局');
  repository.insert.mockImplementation((row) => Promise.resolve({ ...row, id: 9 } as AnnualReport));
  const { sut } = newTestService(AnnualReportImportService, {
    byType: [
      [Clock, { now: () => NOW }],
      [AnnualReportRepository, repository],
      [AnnualReportService, reports.sut],
      [AuditService, audit],
    ],
  });
  return { sut, repository, audit };
}

describe('AnnualReportImportService', () => {
  it('stores a published, imported row dated midnight China time, its text normalised, with its audit record', async () => {
    const { sut, repository, audit } = build(null);
    const summary = await sut.importPast(HEAD, BODY, ACTOR);
    expect(repository.insert).toHaveBeenCalledWith(
      expect.objectContaining({
        year: 2019,
        status: 'published',
        source: 'imported',
        publishedBy: HEAD.id,
        publishedAt: new Date('2020-01-30T16:00:00Z'),
        publishedReport: JSON.stringify({ title: BODY.title, agencyName: '威海市工业和信息化局', text: '一、总体情况\n\n二、主动公开政府信息情况' }),
      }),
      tx,
    );
    expect(audit.record).toHaveBeenCalledWith(ACTOR, expect.objectContaining({ action: 'annual_report.import', targetId: 9 }), tx);
    expect(summary).toMatchObject({ year: 2019, source: 'imported', publishedAt: '2020-01-30T16:00:00.000Z' });
  });

  it('a year with a report already is a conflict, and nothing is written', async () => {
    const { sut, repository, audit } = build({ id: 3, year: 2019, source: 'generated' } as AnnualReport);
    await expect(sut.importPast(HEAD, BODY, ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(repository.insert).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it.each([
    ['the year in progress', { year: 2026 }, 'year'],
    ['a year before the 条例', { year: 2007 }, 'year'],
    ['published before the year ended', { publishedOn: '2019-12-31' }, 'publishedOn'],
    ['published after today', { publishedOn: '2026-01-07' }, 'publishedOn'],
    ['a text of blank lines only', { text: '\r\n \n' }, 'text'],
  ])('refuses %s, naming the field, before any transaction', async (_edge, change, field) => {
    const { sut, repository } = build(null);
    await expect(sut.importPast(HEAD, { ...BODY, ...change }, ACTOR)).rejects.toMatchObject({ field });
    expect(repository.transaction).not.toHaveBeenCalled();
  });
});
