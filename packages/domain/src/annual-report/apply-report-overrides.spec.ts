import { Outcome } from '../disclosure/outcome';
import { applyReportOverrides } from './apply-report-overrides';
import { checkTable3 } from './check-table3';
import { computeTable3 } from './compute-table3';
import { emptyTable4 } from './compute-table4';
import { describeReportCell, parseReportCell } from './report-cell';

const table3 = computeTable3(
  [{ applicantType: 'organization', organizationKind: 'business', receivedDate: '2025-03-03', closedDate: '2025-03-10', outcome: Outcome.WITHHELD_THIRD_PARTY_RIGHTS, withdrawn: false }],
  2025,
);

describe('a figure set by hand', () => {
  it.each`
    address                                | cell
    ${'table3/三（三）4/business'}         | ${{ table: 'table3', row: '三（三）4', column: 'business' }}
    ${'table3/四/total'}                   | ${{ table: 'table3', row: '四', column: 'total' }}
    ${'table4/reconsideration/pending'}    | ${{ table: 'table4', group: 'reconsideration', cell: 'pending' }}
  `('reads the address $address', ({ address, cell }) => {
    expect(parseReportCell(address)).toEqual(cell);
  });

  it.each`
    edge                                  | address
    ${'the 2019 layout\'s single 三（六）'} | ${'table3/三（六）/citizen'}
    ${'a half-width bracket'}             | ${'table3/三(一)/citizen'}
    ${'an unknown column'}                | ${'table3/一/person'}
    ${'an unknown table'}                 | ${'table2/一/citizen'}
    ${'an extra part'}                    | ${'table4/reconsideration/pending/1'}
    ${'nothing'}                          | ${''}
  `('names no cell: $edge', ({ address }) => {
    expect(parseReportCell(address)).toBeNull();
  });

  it('describes the cell in the printed table\'s words', () => {
    expect(describeReportCell({ table: 'table3', row: '三（三）4', column: 'business' })).toBe('表三 三（三）4 保护第三方合法权益 · 商业企业');
    expect(describeReportCell({ table: 'table4', group: 'litigation_direct', cell: 'pending' })).toBe('表四 未经复议直接起诉 · 尚未审结');
  });

  it('replaces only that figure, leaves the input alone, and the checks catch the totals it no longer makes', () => {
    const result = applyReportOverrides({ table3, table4: emptyTable4() }, [{ cell: 'table3/三（三）4/business', value: 2, reason: '纸质登记簿补录一件' }]);
    expect(result.table3['三（三）4']).toEqual({ ...table3['三（三）4'], business: 2 });
    expect(result.table3['三（七）']).toEqual(table3['三（七）']);
    expect(table3['三（三）4'].business).toBe(1);
    expect(checkTable3(result.table3).filter((check) => !check.ok).map((check) => check.rule)).toEqual(['table3_results_total', 'table3_row_total']);
  });

  it('overrides the whole chain consistently and every check passes again', () => {
    const cells = ['table3/一/business', 'table3/三（三）4/business', 'table3/三（七）/business', 'table3/一/total', 'table3/三（三）4/total', 'table3/三（七）/total'];
    const result = applyReportOverrides({ table3, table4: emptyTable4() }, cells.map((cell) => ({ cell, value: 2, reason: '纸质登记簿补录一件' })));
    expect(checkTable3(result.table3).every((check) => check.ok)).toBe(true);
  });

  it('sets a table 四 figure', () => {
    const result = applyReportOverrides({ table3, table4: emptyTable4() }, [{ cell: 'table4/reconsideration/upheld', value: 1, reason: '复议决定书已收到，系统未登记' }]);
    expect(result.table4.reconsideration.upheld).toBe(1);
  });

  it.each`
    edge                     | override
    ${'an unknown cell'}     | ${{ cell: 'table3/五/citizen', value: 1, reason: 'x' }}
    ${'a negative figure'}   | ${{ cell: 'table3/一/citizen', value: -1, reason: 'x' }}
    ${'a fraction'}          | ${{ cell: 'table3/一/citizen', value: 1.5, reason: 'x' }}
  `('refuses $edge', ({ override }) => {
    expect(() => applyReportOverrides({ table3, table4: emptyTable4() }, [override])).toThrow(RangeError);
  });
});
