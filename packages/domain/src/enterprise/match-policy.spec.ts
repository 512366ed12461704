import { EnterpriseProfile } from './enterprise-profile';
import { matchPolicy } from './match-policy';
import { PolicyConditions } from './policy-conditions';

const TODAY = '2025-06-30';

const WEIHAI_FIRM: EnterpriseProfile = {
  industryCode: '3670',
  size: 'small',
  district: '环翠区',
  foundedDate: '2020-05-01',
  qualifications: [{ kind: 'specializedSme', year: 2023 }],
};

const manufacturing: PolicyConditions = { kind: 'industry', codes: ['C'] };
const huancui: PolicyConditions = { kind: 'district', districts: ['环翠区'] };
const specialized: PolicyConditions = { kind: 'qualification', qualifications: ['specializedSme'] };
const highTech: PolicyConditions = { kind: 'qualification', qualifications: ['highTech'] };
const noAccident: PolicyConditions = { kind: 'text', text: '近三年未发生重大安全生产事故' };
const threeYears: PolicyConditions = { kind: 'founded', foundedYearsAtLeast: 3 };
const sme: PolicyConditions = { kind: 'size', sizes: ['medium', 'small', 'micro'] };

function profile(changes: Partial<EnterpriseProfile>): EnterpriseProfile {
  return { ...WEIHAI_FIRM, ...changes };
}

describe('matchPolicy', () => {
  it.each`
    edge                                               | firm                                                           | conditions                                                  | verdict    | reasons
    ${'all met says who you are'}                      | ${WEIHAI_FIRM}                                                 | ${{ kind: 'all', of: [specialized, manufacturing, huancui] }} | ${'yes'}   | ${['因为您是 专精特新中小企业 · 制造业（C）· 环翠区']}
    ${'founded too recently'}                          | ${profile({ foundedDate: '2024-03-01' })}                      | ${threeYears}                                               | ${'no'}    | ${['成立满 3 年：您的企业成立于 2024年3月1日，不满足']}
    ${'age is said beside the facts'}                  | ${WEIHAI_FIRM}                                                 | ${{ kind: 'all', of: [manufacturing, threeYears] }}         | ${'yes'}   | ${['因为您是 制造业（C）', '成立满 3 年：您的企业成立于 2020年5月1日，满足']}
    ${'any-of with one match'}                         | ${WEIHAI_FIRM}                                                 | ${{ kind: 'any', of: [highTech, specialized] }}             | ${'yes'}   | ${['因为您是 专精特新中小企业']}
    ${'any-of with none says each'}                    | ${profile({ qualifications: [] })}                             | ${{ kind: 'any', of: [highTech, specialized] }}             | ${'no'}    | ${['以下条件满足其一即可：', '企业资质：本政策面向 高新技术企业，您的企业没有这些资质，不满足', '企业资质：本政策面向 专精特新中小企业，您的企业没有这些资质，不满足']}
    ${'free text asks to check'}                       | ${WEIHAI_FIRM}                                                 | ${{ kind: 'all', of: [manufacturing, noAccident] }}         | ${'check'} | ${['需要您核实：近三年未发生重大安全生产事故', '已符合：制造业（C）']}
    ${'free text does not outweigh a no'}              | ${profile({ district: '文登区' })}                              | ${{ kind: 'all', of: [noAccident, huancui] }}               | ${'no'}    | ${['所在区县：本政策面向 环翠区，您的企业在 文登区，不满足']}
    ${'any-of with a no and free text asks'}           | ${profile({ district: '文登区' })}                              | ${{ kind: 'any', of: [huancui, noAccident] }}               | ${'check'} | ${['以下条件满足其一即可：', '需要您核实：近三年未发生重大安全生产事故']}
    ${'any-of with a yes needs no free text'}          | ${WEIHAI_FIRM}                                                 | ${{ kind: 'any', of: [noAccident, huancui] }}               | ${'yes'}   | ${['因为您是 环翠区']}
    ${'missing district asks to check'}                | ${profile({ district: undefined })}                            | ${{ kind: 'all', of: [manufacturing, huancui] }}            | ${'check'} | ${['请补充您的所在区县：本政策面向 环翠区', '已符合：制造业（C）']}
    ${'blank district is missing too'}                 | ${profile({ district: '  ' })}                                  | ${huancui}                                                  | ${'check'} | ${['请补充您的所在区县：本政策面向 环翠区']}
    ${'missing item and a no is no'}                   | ${profile({ district: undefined, industryCode: '51' })}        | ${{ kind: 'all', of: [manufacturing, huancui] }}            | ${'no'}    | ${['所属行业：本政策面向 制造业（C），您的企业属于 批发业（51），不满足']}
    ${'unknown qualifications ask'}                    | ${profile({ qualifications: undefined })}                      | ${highTech}                                                 | ${'check'} | ${['请补充您的企业资质：本政策面向 高新技术企业']}
    ${'an empty list of qualifications is none'}       | ${profile({ qualifications: [] })}                             | ${highTech}                                                 | ${'no'}    | ${['企业资质：本政策面向 高新技术企业，您的企业没有这些资质，不满足']}
    ${'missing founding date asks'}                    | ${profile({ foundedDate: undefined })}                         | ${threeYears}                                               | ${'check'} | ${['请补充您的企业成立日期：本政策要求成立满 3 年']}
    ${'founding date after today asks'}                | ${profile({ foundedDate: '2025-07-01' })}                      | ${threeYears}                                               | ${'check'} | ${['请核实您的企业成立日期“2025-07-01”：本政策要求成立满 3 年']}
    ${'a named qualification without its year meets a yearless condition'} | ${profile({ qualifications: [{ kind: 'specializedSme' }] })} | ${specialized} | ${'yes'} | ${['因为您是 专精特新中小企业']}
    ${'a named qualification without its year asks for it in a window'} | ${profile({ qualifications: [{ kind: 'highTech' }] })} | ${{ kind: 'qualification', qualifications: ['highTech'], obtainedFromYear: 2023 }} | ${'check'} | ${['请补充您的高新技术企业认定年份：本政策面向 2023 年及以后认定的高新技术企业']}
    ${'no conditions in an empty all-of'}              | ${WEIHAI_FIRM}                                                 | ${{ kind: 'all', of: [] }}                                  | ${'yes'}   | ${[]}
  `('$edge', ({ firm, conditions, verdict, reasons }) => {
    expect(matchPolicy(firm, conditions, TODAY)).toEqual({ verdict, reasons });
  });

  describe('age on the day of matching', () => {
    it.each`
      edge                                                 | foundedDate     | today           | condition                                                 | verdict
      ${'the 3rd anniversary is 满 3 年'}                  | ${'2022-06-30'} | ${'2025-06-30'} | ${threeYears}                                             | ${'yes'}
      ${'the day before the 3rd anniversary is not'}       | ${'2022-07-01'} | ${'2025-06-30'} | ${threeYears}                                             | ${'no'}
      ${'29 February: 满 1 年 on 28 February'}             | ${'2024-02-29'} | ${'2025-02-28'} | ${{ kind: 'founded', foundedYearsAtLeast: 1 }}            | ${'yes'}
      ${'29 February: not on 27 February'}                 | ${'2024-02-29'} | ${'2025-02-27'} | ${{ kind: 'founded', foundedYearsAtLeast: 1 }}            | ${'no'}
      ${'29 February to 29 February in a leap year'}       | ${'2020-02-29'} | ${'2024-02-28'} | ${{ kind: 'founded', foundedYearsAtLeast: 4 }}            | ${'no'}
      ${'不超过 5 年 holds on the 5th anniversary'}        | ${'2020-06-30'} | ${'2025-06-30'} | ${{ kind: 'founded', foundedYearsAtMost: 5 }}             | ${'yes'}
      ${'不超过 5 年 fails the day after'}                 | ${'2020-06-29'} | ${'2025-06-30'} | ${{ kind: 'founded', foundedYearsAtMost: 5 }}             | ${'no'}
      ${'between 1 and 3 years'}                           | ${'2023-01-01'} | ${'2025-06-30'} | ${{ kind: 'founded', foundedYearsAtLeast: 1, foundedYearsAtMost: 3 }} | ${'yes'}
      ${'founded today is 满 0 年'}                        | ${'2025-06-30'} | ${'2025-06-30'} | ${{ kind: 'founded', foundedYearsAtLeast: 0 }}            | ${'yes'}
    `('$edge', ({ foundedDate, today, condition, verdict }) => {
      expect(matchPolicy(profile({ foundedDate }), condition, today).verdict).toBe(verdict);
    });

    it('names both bounds', () => {
      const match = matchPolicy(profile({ foundedDate: '2019-01-01' }), { kind: 'founded', foundedYearsAtLeast: 1, foundedYearsAtMost: 3 }, TODAY);
      expect(match).toEqual({ verdict: 'no', reasons: ['成立满 1 年且不超过 3 年：您的企业成立于 2019年1月1日，不满足'] });
    });

    it('names an upper bound alone', () => {
      const match = matchPolicy(profile({ foundedDate: '2019-01-01' }), { kind: 'founded', foundedYearsAtMost: 3 }, TODAY);
      expect(match.reasons).toEqual(['成立不超过 3 年：您的企业成立于 2019年1月1日，不满足']);
    });
  });

  describe('industry', () => {
    it.each`
      edge                                                | industryCode   | codes           | verdict    | reasons
      ${'a 小类 within the 门类'}                         | ${'3670'}      | ${['C']}        | ${'yes'}   | ${['因为您是 制造业（C）']}
      ${'a 小类 within the 大类 names the 大类'}          | ${'3670'}      | ${['36', '39']} | ${'yes'}   | ${['因为您是 汽车制造业（36）']}
      ${'another 大类 of the same 门类'}                  | ${'3670'}      | ${['39']}       | ${'no'}    | ${['所属行业：本政策面向 计算机、通信和其他电子设备制造业（39），您的企业属于 汽车制造业（36），不满足']}
      ${'only the 门类 known, the policy names a 大类'}   | ${'C'}         | ${['39']}       | ${'check'} | ${['请补充您的行业大类：本政策面向 计算机、通信和其他电子设备制造业（39），您只填写了 制造业（C）']}
      ${'only the 门类 known, another 门类 named'}        | ${'F'}         | ${['39']}       | ${'no'}    | ${['所属行业：本政策面向 计算机、通信和其他电子设备制造业（39），您的企业属于 批发和零售业（F），不满足']}
      ${'an unreadable code asks'}                        | ${'制造'}      | ${['C']}        | ${'check'} | ${['请核实您的所属行业：行业代码“制造”无法识别，本政策面向 制造业（C）']}
      ${'no industry asks'}                               | ${undefined}   | ${['C', 'I']}   | ${'check'} | ${['请补充您的所属行业：本政策面向 制造业（C）、信息传输、软件和信息技术服务业（I）']}
    `('$edge', ({ industryCode, codes, verdict, reasons }) => {
      expect(matchPolicy(profile({ industryCode }), { kind: 'industry', codes }, TODAY)).toEqual({ verdict, reasons });
    });
  });

  describe('size', () => {
    it.each`
      edge                                               | changes                                                                             | verdict    | reasons
      ${'a size given is taken'}                         | ${{}}                                                                               | ${'yes'}   | ${['因为您是 小型企业']}
      ${'a size given outside the policy'}               | ${{ size: 'large' }}                                                                | ${'no'}    | ${['企业规模：本政策面向 中型、小型、微型企业，您的企业为大型企业，不满足']}
      ${'computed from the figures, and explained'}      | ${{ size: undefined, figures: { employees: 1500, revenueWan: 500 } }}               | ${'yes'}   | ${['因为您是 小型企业', '按“工业”标准：从业人员 1,500 人，达到大型下限 1,000 人；营业收入 500 万元，达到小型下限 300 万元。大型、中型和小型企业须同时达到各项指标的下限，定为小型企业。']}
      ${'computed too large, and explained'}             | ${{ size: undefined, figures: { employees: 1500, revenueWan: 50000 } }}             | ${'no'}    | ${['企业规模：本政策面向 中型、小型、微型企业，您的企业为大型企业（按“工业”标准：从业人员 1,500 人，达到大型下限 1,000 人；营业收入 50,000 万元，达到大型下限 40,000 万元。定为大型企业），不满足']}
      ${'no size and no figures asks'}                   | ${{ size: undefined }}                                                              | ${'check'} | ${['请补充您的企业规模（或从业人员、营业收入、资产总额）。本政策面向 中型、小型、微型企业']}
      ${'figures without an industry ask for it'}        | ${{ size: undefined, industryCode: undefined, figures: { employees: 5 } }}          | ${'check'} | ${['请补充您的所属行业，以便按行业标准判定企业规模。本政策面向 中型、小型、微型企业']}
      ${'a missing figure is named'}                     | ${{ size: undefined, figures: { employees: 500 } }}                                 | ${'check'} | ${['按“工业”标准：从业人员 500 人，达到中型下限 300 人。还需要营业收入才能判定企业规模。本政策面向 中型、小型、微型企业']}
      ${'an industry the 办法 leaves out asks'}          | ${{ size: undefined, industryCode: '6620', figures: { employees: 5 } }}             | ${'check'} | ${['《统计上大中小微型企业划分办法（2017）》不适用于货币金融服务（66），请直接填写您的企业规模。本政策面向 中型、小型、微型企业']}
      ${'a 大类 the 办法 splits asks for a 中类'}       | ${{ size: undefined, industryCode: '59', figures: { employees: 5 } }}               | ${'check'} | ${['装卸搬运和仓储业（59）下的行业分别按交通运输业、仓储业的标准划分规模，请选到行业中类。本政策面向 中型、小型、微型企业']}
      ${'a 中类 the 办法 sizes as 仓储业'}              | ${{ size: undefined, industryCode: '592', figures: { employees: 150, revenueWan: 2000 } }} | ${'yes'} | ${['因为您是 中型企业', '按“仓储业”标准：从业人员 150 人，达到中型下限 100 人；营业收入 2,000 万元，达到中型下限 1,000 万元。定为中型企业。']}
    `('$edge', ({ changes, verdict, reasons }) => {
      expect(matchPolicy(profile(changes), sme, TODAY)).toEqual({ verdict, reasons });
    });
  });

  describe('qualification years', () => {
    const newHighTech: PolicyConditions = { kind: 'qualification', qualifications: ['highTech'], obtainedFromYear: 2024 };

    it.each`
      edge                                          | qualifications                                                              | verdict  | reasons
      ${'obtained in the window'}                   | ${[{ kind: 'highTech', year: 2024 }]}                                       | ${'yes'} | ${['因为您是 高新技术企业（2024 年认定）']}
      ${'obtained before the window'}               | ${[{ kind: 'highTech', year: 2021 }]}                                       | ${'no'}  | ${['企业资质：本政策面向 2024 年及以后认定的高新技术企业，您的企业为 高新技术企业（2021 年认定），不满足']}
      ${'a second, later recognition counts'}       | ${[{ kind: 'highTech', year: 2021 }, { kind: 'highTech', year: 2024 }]}     | ${'yes'} | ${['因为您是 高新技术企业（2024 年认定）']}
      ${'another kind in the window does not'}      | ${[{ kind: 'littleGiant', year: 2024 }]}                                    | ${'no'}  | ${['企业资质：本政策面向 2024 年及以后认定的高新技术企业，您的企业没有这些资质，不满足']}
    `('$edge', ({ qualifications, verdict, reasons }) => {
      expect(matchPolicy(profile({ qualifications }), newHighTech, TODAY)).toEqual({ verdict, reasons });
    });

    it.each`
      edge                  | from         | to           | wording
      ${'one year'}         | ${2023}      | ${2023}      | ${'2023 年认定的高新技术企业'}
      ${'a range'}          | ${2022}      | ${2024}      | ${'2022—2024 年认定的高新技术企业'}
      ${'up to a year'}     | ${undefined} | ${2020}      | ${'2020 年及以前认定的高新技术企业'}
    `('words the window: $edge', ({ from, to, wording }) => {
      const conditions: PolicyConditions = { kind: 'qualification', qualifications: ['highTech'], obtainedFromYear: from, obtainedToYear: to };
      expect(matchPolicy(profile({ qualifications: undefined }), conditions, TODAY).reasons).toEqual([`请补充您的企业资质：本政策面向 ${wording}`]);
    });
  });

  it('nests any-of inside all-of', () => {
    const conditions: PolicyConditions = { kind: 'all', of: [manufacturing, { kind: 'any', of: [highTech, specialized] }, huancui, threeYears] };
    expect(matchPolicy(WEIHAI_FIRM, conditions, TODAY)).toEqual({
      verdict: 'yes',
      reasons: ['因为您是 制造业（C）· 专精特新中小企业 · 环翠区', '成立满 3 年：您的企业成立于 2020年5月1日，满足'],
    });
  });

  it('lists every missing item of a visitor who gave nothing', () => {
    const conditions: PolicyConditions = { kind: 'all', of: [manufacturing, sme, huancui, threeYears] };
    expect(matchPolicy({}, conditions, TODAY)).toEqual({
      verdict: 'check',
      reasons: [
        '请补充您的所属行业：本政策面向 制造业（C）',
        '请补充您的企业规模（或从业人员、营业收入、资产总额）。本政策面向 中型、小型、微型企业',
        '请补充您的所在区县：本政策面向 环翠区',
        '请补充您的企业成立日期：本政策要求成立满 3 年',
      ],
    });
  });

  it('refuses a day that is not a date', () => {
    expect(() => matchPolicy(WEIHAI_FIRM, manufacturing, '2025-02-30')).toThrow(RangeError);
  });
});
