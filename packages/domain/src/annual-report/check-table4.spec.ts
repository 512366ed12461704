import { checkTable4 } from './check-table4';
import { Table4 } from './table4';

const table: Table4 = {
  reconsideration: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 },
  litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  litigation_after_reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
};

describe('table 四: each group adds up to its 总计', () => {
  it('one check per group, in the printed order', () => {
    expect(checkTable4(table)).toEqual([
      { rule: 'table4_group_total', ok: true, detail: '行政复议：维持 2 + 纠正 1 + 其他 0 + 尚未审结 1 = 4，总计为 4' },
      { rule: 'table4_group_total', ok: true, detail: '未经复议直接起诉：维持 0 + 纠正 0 + 其他 0 + 尚未审结 0 = 0，总计为 0' },
      { rule: 'table4_group_total', ok: true, detail: '复议后起诉：维持 1 + 纠正 0 + 其他 0 + 尚未审结 0 = 1，总计为 1' },
    ]);
  });

  it('a 总计 that leaves out the pending case fails, naming the group', () => {
    const checks = checkTable4({ ...table, reconsideration: { ...table.reconsideration, total: 3 } });
    expect(checks[0]).toEqual({ rule: 'table4_group_total', ok: false, detail: '行政复议：维持 2 + 纠正 1 + 其他 0 + 尚未审结 1 = 4，总计为 3，两者不相等' });
    expect(checks.slice(1).every((check) => check.ok)).toBe(true);
  });
});
