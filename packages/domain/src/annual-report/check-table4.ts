import { ReportCheck } from './report-check';
import { Table4, TABLE4_GROUPS } from './table4';

/** Table 四: in each group 维持 + 纠正 + 其他 + 尚未审结 = 总计, one check per group. */
export function checkTable4(table: Table4): ReportCheck[] {
  return TABLE4_GROUPS.map(({ key, label }): ReportCheck => {
    const { upheld, corrected, other, pending, total } = table[key];
    const sum = upheld + corrected + other + pending;
    const ok = sum === total;
    return {
      rule: 'table4_group_total',
      ok,
      detail: `${label}：维持 ${upheld} + 纠正 ${corrected} + 其他 ${other} + 尚未审结 ${pending} = ${sum}，总计为 ${total}${ok ? '' : '，两者不相等'}`,
    };
  });
}
