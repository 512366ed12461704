import { classifyEnterpriseSize } from './classify-enterprise-size';

describe('classifyEnterpriseSize (国统字〔2017〕213号)', () => {
  it.each`
    edge                                                     | code       | employees    | revenueWan   | assetsWan    | size
    ${'工业 1,500 人 500 万元 is 小型'}                      | ${'C'}     | ${1500}      | ${500}       | ${undefined} | ${'small'}
    ${'工业 at both 大型 bounds is 大型'}                    | ${'36'}    | ${1000}      | ${40000}     | ${undefined} | ${'large'}
    ${'工业 one person short of 大型 is 中型'}               | ${'36'}    | ${999}       | ${40000}     | ${undefined} | ${'medium'}
    ${'工业 at both 小型 bounds is 小型'}                    | ${'06'}    | ${20}        | ${300}       | ${undefined} | ${'small'}
    ${'工业 19 人 is 微型 whatever the revenue'}             | ${'44'}    | ${19}        | ${50000}     | ${undefined} | ${'micro'}
    ${'工业 299.99 万元 is 微型 whatever the people'}        | ${'C'}     | ${5000}      | ${299.99}    | ${undefined} | ${'micro'}
    ${'工业 nothing at all is 微型'}                         | ${'C'}     | ${0}         | ${0}         | ${undefined} | ${'micro'}
    ${'农林牧渔业 by revenue only: 大型'}                    | ${'01'}    | ${3}         | ${20000}     | ${undefined} | ${'large'}
    ${'农林牧渔业 by revenue only: 50 万元 is 小型'}         | ${'A'}     | ${undefined} | ${50}        | ${undefined} | ${'small'}
    ${'农林牧渔业 by revenue only: 49 万元 is 微型'}         | ${'05'}    | ${5000}      | ${49}        | ${undefined} | ${'micro'}
    ${'建筑业 assets one short of 大型 is 中型'}             | ${'47'}    | ${undefined} | ${80000}     | ${79999}     | ${'medium'}
    ${'批发业 19 人 40,000 万元 is 小型'}                    | ${'51'}    | ${19}        | ${40000}     | ${undefined} | ${'small'}
    ${'批发业 at both 大型 bounds'}                          | ${'51'}    | ${200}       | ${40000}     | ${undefined} | ${'large'}
    ${'零售业 50 人 500 万元 is 中型'}                       | ${'52'}    | ${50}        | ${500}       | ${undefined} | ${'medium'}
    ${'零售业 9 人 is 微型'}                                 | ${'52'}    | ${9}         | ${1000}      | ${undefined} | ${'micro'}
    ${'交通运输业 at both 中型 bounds'}                      | ${'54'}    | ${300}       | ${3000}      | ${undefined} | ${'medium'}
    ${'装卸搬运 sized as 交通运输业'}                        | ${'5910'}  | ${1000}      | ${30000}     | ${undefined} | ${'large'}
    ${'仓储业 199 人 is 中型, not 大型'}                     | ${'592'}   | ${199}       | ${30000}     | ${undefined} | ${'medium'}
    ${'仓储业 at both 大型 bounds'}                          | ${'599'}   | ${200}       | ${30000}     | ${undefined} | ${'large'}
    ${'邮政业 1,999 万元 is 小型'}                           | ${'60'}    | ${300}       | ${1999}      | ${undefined} | ${'small'}
    ${'住宿业 at both 中型 bounds'}                          | ${'61'}    | ${100}       | ${2000}      | ${undefined} | ${'medium'}
    ${'餐饮业 9 人 is 微型'}                                 | ${'62'}    | ${9}         | ${100}       | ${undefined} | ${'micro'}
    ${'信息传输业 1,999 人 is 中型'}                         | ${'63'}    | ${1999}      | ${100000}    | ${undefined} | ${'medium'}
    ${'信息传输业 at both 大型 bounds'}                      | ${'64'}    | ${2000}      | ${100000}    | ${undefined} | ${'large'}
    ${'软件业 49 万元 is 微型'}                              | ${'65'}    | ${10}        | ${49}        | ${undefined} | ${'micro'}
    ${'软件业 at both 小型 bounds'}                          | ${'65'}    | ${10}        | ${50}        | ${undefined} | ${'small'}
    ${'房地产开发经营 revenue and assets, both 大型'}        | ${'7010'}  | ${undefined} | ${200000}    | ${10000}     | ${'large'}
    ${'房地产开发经营 small assets make it 小型'}            | ${'701'}   | ${undefined} | ${150000}    | ${4999}      | ${'small'}
    ${'房地产开发经营 99 万元 is 微型 despite assets'}        | ${'701'}   | ${undefined} | ${99}        | ${100000}    | ${'micro'}
    ${'物业管理 99 人 is 微型'}                              | ${'702'}   | ${99}        | ${5000}      | ${undefined} | ${'micro'}
    ${'物业管理 at both 小型 bounds'}                        | ${'7020'}  | ${100}       | ${500}       | ${undefined} | ${'small'}
    ${'租赁和商务服务业 by people and assets: 大型'}         | ${'72'}    | ${300}       | ${undefined} | ${120000}    | ${'large'}
    ${'租赁和商务服务业 7,999 万元 assets is 小型'}          | ${'L'}     | ${300}       | ${1}         | ${7999}      | ${'small'}
    ${'其他未列明行业 by people only: 300 人 is 大型'}       | ${'M'}     | ${300}       | ${1}         | ${undefined} | ${'large'}
    ${'其他未列明行业 100 人 is 中型'}                       | ${'85'}    | ${100}       | ${undefined} | ${undefined} | ${'medium'}
    ${'其他未列明行业 9 人 is 微型'}                         | ${'703'}   | ${9}         | ${undefined} | ${undefined} | ${'micro'}
  `('$edge', ({ code, employees, revenueWan, assetsWan, size }) => {
    expect(classifyEnterpriseSize(code, { employees, revenueWan, assetsWan }).size).toBe(size);
  });

  it.each`
    edge                                               | code     | figures                                  | reason
    ${'工业 1,500 人 500 万元 says why 小型'}          | ${'C'}   | ${{ employees: 1500, revenueWan: 500 }}  | ${'按“工业”标准：从业人员 1,500 人，达到大型下限 1,000 人；营业收入 500 万元，达到小型下限 300 万元。大型、中型和小型企业须同时达到各项指标的下限，定为小型企业。'}
    ${'one indicator below 小型 makes 微型'}           | ${'C'}   | ${{ employees: 8, revenueWan: 50000 }}   | ${'按“工业”标准：从业人员 8 人，低于小型下限 20 人；营业收入 50,000 万元，达到大型下限 40,000 万元。只要一项指标低于小型下限即为微型企业，定为微型企业。'}
    ${'both in one class needs no rule'}               | ${'C'}   | ${{ employees: 500, revenueWan: 3000 }}  | ${'按“工业”标准：从业人员 500 人，达到中型下限 300 人；营业收入 3,000 万元，达到中型下限 2,000 万元。定为中型企业。'}
    ${'农林牧渔业 says it looks at revenue only'}      | ${'03'}  | ${{ employees: 900, revenueWan: 1234.5 }} | ${'按“农、林、牧、渔业”标准（只看营业收入）：营业收入 1,234.5 万元，达到中型下限 500 万元。定为中型企业。'}
  `('$edge', ({ code, figures, reason }) => {
    expect(classifyEnterpriseSize(code, figures).reason).toBe(reason);
  });

  it.each`
    edge                                                  | code     | figures                                 | result
    ${'工业 with people only and 8 人 is already 微型'}   | ${'C'}   | ${{ employees: 8 }}                     | ${{ size: 'micro', group: 'industry', reason: '按“工业”标准：从业人员 8 人，低于小型下限 20 人。只要一项指标低于小型下限即为微型企业，定为微型企业。' }}
    ${'工业 with people only and 500 人 cannot tell'}     | ${'C'}   | ${{ employees: 500 }}                   | ${{ size: null, group: 'industry', missing: ['revenueWan'], reason: '按“工业”标准：从业人员 500 人，达到中型下限 300 人。还需要营业收入才能判定企业规模。' }}
    ${'no figures names both'}                            | ${'C'}   | ${{}}                                   | ${{ size: null, group: 'industry', missing: ['employees', 'revenueWan'], reason: '按“工业”标准，还需要从业人员、营业收入才能判定企业规模。' }}
    ${'null is unknown, not zero'}                        | ${'01'}  | ${{ revenueWan: null }}                 | ${{ size: null, group: 'agriculture', missing: ['revenueWan'], reason: '按“农、林、牧、渔业”标准（只看营业收入），还需要营业收入才能判定企业规模。' }}
    ${'a figure the row does not list does not help'}     | ${'M'}   | ${{ revenueWan: 90000 }}                | ${{ size: null, group: 'otherUnlisted', missing: ['employees'], reason: '按“其他未列明行业”标准（只看从业人员），还需要从业人员才能判定企业规模。' }}
    ${'金融业 is outside the 办法'}                       | ${'66'}  | ${{ employees: 10 }}                    | ${{ size: null, group: null, missing: [], reason: '《统计上大中小微型企业划分办法（2017）》不适用于货币金融服务（66）' }}
    ${'房地产业 needs a 中类'}                            | ${'70'}  | ${{ employees: 10 }}                    | ${{ size: null, group: null, missing: [], reason: '房地产业（70）下的行业有的按房地产开发经营、物业管理、其他未列明行业的标准划分规模，有的不适用《统计上大中小微型企业划分办法（2017）》，请选到行业中类' }}
  `('$edge', ({ code, figures, result }) => {
    expect(classifyEnterpriseSize(code, figures)).toEqual(result);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p as a figure', (employees) => {
    expect(() => classifyEnterpriseSize('C', { employees, revenueWan: 100 })).toThrow(RangeError);
  });
});
