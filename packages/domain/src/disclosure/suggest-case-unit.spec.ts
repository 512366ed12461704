import { suggestCaseUnit } from './suggest-case-unit';

const past = [
  { unitId: 3, trackingNumber: 'YSQ1', title: '2025年技术改造专项资金分配结果', description: '技术改造专项资金的分配名单和金额' },
  { unitId: 3, trackingNumber: 'YSQ2', title: '2024年技术改造专项资金分配结果', description: '技术改造专项资金分配名单' },
  { unitId: 4, trackingNumber: 'YSQ3', title: '某小区规划许可证', description: '某小区建设工程规划许可证及附图' },
];

describe('suggestCaseUnit', () => {
  it('puts the unit that answered similar requests first and names them, most similar first', () => {
    const [first, ...rest] = suggestCaseUnit({ title: '2026年技术改造专项资金分配结果', description: '请公开技术改造专项资金分配名单' }, past);
    expect(first).toEqual({ unitId: 3, reason: '与 YSQ2、YSQ1相似申请由该科室办理' });
    expect(rest.map((suggestion) => suggestion.unitId)).not.toContain(3);
  });

  it('suggests nothing when no past request is similar enough', () => {
    expect(suggestCaseUnit({ title: '道路维修计划', description: '本市明年道路维修计划安排' }, past)).toEqual([]);
  });

  it('counts beyond two similar cases in words', () => {
    const many = [1, 2, 3, 4].map((n) => ({ unitId: 7, trackingNumber: `YSQ${n}`, title: '技术改造专项资金分配结果', description: '技术改造专项资金' }));
    expect(suggestCaseUnit({ title: '技术改造专项资金分配结果', description: '技术改造专项资金' }, many)[0].reason).toBe('与 YSQ1、YSQ2 等 4 件相似申请由该科室办理');
  });
});
