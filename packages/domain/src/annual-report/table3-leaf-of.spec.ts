import { ALL_OUTCOMES, Outcome, outcomeInfo } from '../disclosure/outcome';
import { table3LeafOf } from './table3-leaf-of';
import { TABLE3_LEAF_KEYS, TABLE3_ROWS } from './table3-rows';

describe('the leaf of table 三 a closed request counts in', () => {
  // Written out from the 30号 row labels, not read from outcome.ts: the mapping is the thing under test.
  it.each`
    outcome                                   | leaf           | label
    ${Outcome.DISCLOSED}                      | ${'三（一）'}  | ${'予以公开'}
    ${Outcome.PARTIALLY_DISCLOSED}            | ${'三（二）'}  | ${'部分公开（区分处理的，只计这一情形，不计其他情形）'}
    ${Outcome.WITHHELD_STATE_SECRET}          | ${'三（三）1'} | ${'属于国家秘密'}
    ${Outcome.WITHHELD_PROHIBITED_BY_LAW}     | ${'三（三）2'} | ${'其他法律行政法规禁止公开'}
    ${Outcome.WITHHELD_SECURITY_STABILITY}    | ${'三（三）3'} | ${'危及“三安全一稳定”'}
    ${Outcome.WITHHELD_THIRD_PARTY_RIGHTS}    | ${'三（三）4'} | ${'保护第三方合法权益'}
    ${Outcome.WITHHELD_INTERNAL_AFFAIRS}      | ${'三（三）5'} | ${'属于三类内部事务信息'}
    ${Outcome.WITHHELD_PROCESS_INFORMATION}   | ${'三（三）6'} | ${'属于四类过程性信息'}
    ${Outcome.WITHHELD_ENFORCEMENT_FILE}      | ${'三（三）7'} | ${'属于行政执法案卷'}
    ${Outcome.WITHHELD_ADMINISTRATIVE_QUERY}  | ${'三（三）8'} | ${'属于行政查询事项'}
    ${Outcome.UNAVAILABLE_NOT_HELD}           | ${'三（四）1'} | ${'本机关不掌握相关政府信息'}
    ${Outcome.UNAVAILABLE_NOT_RESPONSIBLE}    | ${'三（四）1'} | ${'本机关不掌握相关政府信息'}
    ${Outcome.UNAVAILABLE_NEEDS_CREATION}     | ${'三（四）2'} | ${'没有现成信息需要另行制作'}
    ${Outcome.UNAVAILABLE_STILL_UNCLEAR}      | ${'三（四）3'} | ${'补正后申请内容仍不明确'}
    ${Outcome.NOT_PROCESSED_PETITION}         | ${'三（五）1'} | ${'信访举报投诉类申请'}
    ${Outcome.NOT_PROCESSED_REPEATED}         | ${'三（五）2'} | ${'重复申请'}
    ${Outcome.NOT_PROCESSED_PUBLICATION}      | ${'三（五）3'} | ${'要求提供公开出版物'}
    ${Outcome.NOT_PROCESSED_EXCESSIVE}        | ${'三（五）4'} | ${'无正当理由大量反复申请'}
    ${Outcome.NOT_PROCESSED_CONFIRMATION}     | ${'三（五）5'} | ${'要求行政机关确认或重新出具已获取信息'}
    ${Outcome.OTHER_SUPPLEMENT_OVERDUE}       | ${'三（六）1'} | ${'申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'}
    ${Outcome.OTHER_FEE_UNPAID}               | ${'三（六）2'} | ${'申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'}
    ${Outcome.OTHER}                          | ${'三（六）3'} | ${'其他'}
  `('$outcome → $leaf $label', ({ outcome, leaf, label }) => {
    expect(table3LeafOf({ outcome, withdrawn: false })).toBe(leaf);
    expect(TABLE3_ROWS.find((row) => row.key === leaf)?.label).toBe(label);
  });

  it('covers every outcome the domain has', () => {
    expect(ALL_OUTCOMES).toHaveLength(22);
  });

  it('a withdrawal after receipt is 三（六）3 其他: the format has no row of its own for it', () => {
    expect(table3LeafOf({ outcome: null, withdrawn: true })).toBe('三（六）3');
  });

  it('every leaf of the table is reachable', () => {
    const reached = new Set([...ALL_OUTCOMES.map((outcome) => table3LeafOf({ outcome, withdrawn: false })), table3LeafOf({ outcome: null, withdrawn: true })]);
    expect([...reached].sort()).toEqual([...TABLE3_LEAF_KEYS].sort());
  });

  it("an outcome's group in outcome.ts is the group its row is printed under", () => {
    for (const outcome of ALL_OUTCOMES) {
      const row = TABLE3_ROWS.find((candidate) => candidate.key === table3LeafOf({ outcome, withdrawn: false }))!;
      expect(row.group ?? row.label.replace(/（.*$/, '')).toBe(outcomeInfo(outcome).group);
    }
  });

  it('a closed request with neither an outcome nor a withdrawal is an error, never a guess', () => {
    expect(() => table3LeafOf({ outcome: null, withdrawn: false })).toThrow('没有办理结果');
  });
});
