import { checkTable2 } from './check-table2';
import { completeTable2, emptyTable2, Table2 } from './table2';

function entered(): Table2 {
  return {
    regulations: { issued: 0, repealed: 0, inForce: 2, source: '本机关规章台账' },
    normativeDocuments: { issued: 3, repealed: 1, inForce: 12, source: '规范性文件备案登记簿' },
    licensing: { decisions: 120, source: '政务服务平台办件统计' },
    punishment: { decisions: 8, source: '行政执法信息平台' },
    enforcement: { decisions: 0, source: '行政执法信息平台' },
    administrativeFees: { amountWanYuan: 0.35, source: '财务科收费台账' },
  };
}

describe('table 二: staff-entered figures with their source', () => {
  it('a complete table passes, one check per row in printed order, naming the source', () => {
    const checks = checkTable2(entered());
    expect(checks.map((check) => check.ok)).toEqual([true, true, true, true, true, true]);
    expect(checks[1]).toEqual({ rule: 'table2_entered', ok: true, detail: '表二“行政规范性文件”已填写，数据来源：规范性文件备案登记簿' });
  });

  it.each`
    edge                                        | change                                                                              | detail
    ${'0 is a figure, null is not'}             | ${(table: Table2) => (table.normativeDocuments.repealed = null)}                    | ${'表二“行政规范性文件”未填写本年废止件数'}
    ${'every missing figure of a row is named'} | ${(table: Table2) => Object.assign(table.regulations, { issued: null, inForce: null })} | ${'表二“规章”未填写本年制发件数、现行有效件数'}
    ${'a decision count'}                       | ${(table: Table2) => (table.licensing.decisions = null)}                            | ${'表二“行政许可”未填写本年处理决定数量'}
    ${'the fee amount'}                         | ${(table: Table2) => (table.administrativeFees.amountWanYuan = null)}               | ${'表二“行政事业性收费”未填写本年收费金额（单位：万元）'}
    ${'a figure without its source'}            | ${(table: Table2) => (table.punishment.source = '  ')}                              | ${'表二“行政处罚”已填写数字，但未写明数据来源'}
  `('$edge', ({ change, detail }) => {
    const table = entered();
    change(table);
    expect(checkTable2(table).filter((check) => !check.ok)).toEqual([{ rule: 'table2_entered', ok: false, detail }]);
  });

  it('a new draft fails every row until staff fill it in', () => {
    expect(checkTable2(emptyTable2()).filter((check) => !check.ok)).toHaveLength(6);
  });
});

describe('completeTable2: every cell present, whatever was sent or stored', () => {
  it('a figure left out or undefined is null (not entered), one given is kept, a foreign key dropped', () => {
    const table = completeTable2({ regulations: { issued: 0, repealed: undefined, source: '台账' }, licensing: null, extra: { x: 1 } });
    expect(table.regulations).toEqual({ issued: 0, repealed: null, inForce: null, source: '台账' });
    expect(table.licensing).toEqual({ decisions: null, source: '' });
    expect(Object.keys(table)).toEqual(['regulations', 'normativeDocuments', 'licensing', 'punishment', 'enforcement', 'administrativeFees']);
    expect(JSON.parse(JSON.stringify(table)).normativeDocuments).toEqual({ issued: null, repealed: null, inForce: null, source: '' });
  });

  it('nothing at all is the empty table', () => {
    expect(completeTable2(undefined)).toEqual(emptyTable2());
  });
});
