import { INDUSTRY_DIVISIONS } from './industry-table';
import { SIZE_GROUP_OF_DIVISION, SIZE_GROUPS, SIZE_INDICATORS, SizeGroupKey } from './size-standard';

describe('the 附表 of 国统字〔2017〕213号', () => {
  it('maps every 大类 and nothing else', () => {
    expect(Object.keys(SIZE_GROUP_OF_DIVISION).sort()).toEqual(INDUSTRY_DIVISIONS.map((division) => division.code));
  });

  it('has the 16 rows of the 附表', () => {
    expect(Object.values(SIZE_GROUPS).map((group) => group.name)).toEqual([
      '农、林、牧、渔业', '工业', '建筑业', '批发业', '零售业', '交通运输业', '仓储业', '邮政业', '住宿业', '餐饮业',
      '信息传输业', '软件和信息技术服务业', '房地产开发经营', '物业管理', '租赁和商务服务业', '其他未列明行业',
    ]);
  });

  it('uses every row for some industry', () => {
    const used = new Set<SizeGroupKey | null>();
    for (const entry of Object.values(SIZE_GROUP_OF_DIVISION)) {
      if (entry !== null && typeof entry === 'object') Object.values(entry).forEach((split) => used.add(split.group));
      else used.add(entry);
    }
    expect(Object.keys(SIZE_GROUPS).filter((key) => !used.has(key as SizeGroupKey))).toEqual([]);
  });

  it.each(Object.entries(SIZE_GROUPS))('%s: each class starts above the next', (_, group) => {
    for (const indicator of SIZE_INDICATORS) {
      const bounds = group.bounds[indicator];
      if (bounds) expect(bounds.large > bounds.medium && bounds.medium > bounds.small && bounds.small > 0).toBe(true);
    }
  });

  it.each`
    edge                                         | key                              | indicators
    ${'农林牧渔业 by revenue only'}              | ${'agriculture'}                 | ${['revenueWan']}
    ${'工业 by people and revenue'}              | ${'industry'}                    | ${['employees', 'revenueWan']}
    ${'建筑业 by revenue and assets'}            | ${'construction'}                | ${['revenueWan', 'assetsWan']}
    ${'房地产开发经营 by revenue and assets'}    | ${'realEstateDevelopment'}       | ${['revenueWan', 'assetsWan']}
    ${'租赁和商务服务业 by people and assets'}   | ${'leasingAndBusinessServices'}  | ${['employees', 'assetsWan']}
    ${'其他未列明行业 by people only'}           | ${'otherUnlisted'}               | ${['employees']}
  `('$edge', ({ key, indicators }) => {
    expect(Object.keys(SIZE_GROUPS[key as SizeGroupKey].bounds)).toEqual(indicators);
  });
});
