import { sizeGroupOf } from './size-group-of';

describe('sizeGroupOf', () => {
  it.each`
    edge                                                | code       | group
    ${'农业 大类'}                                      | ${'01'}    | ${'agriculture'}
    ${'农林牧渔 门类 as a whole'}                       | ${'A'}     | ${'agriculture'}
    ${'采矿业 is 工业'}                                 | ${'B'}     | ${'industry'}
    ${'制造业 is 工业'}                                 | ${'C'}     | ${'industry'}
    ${'水的生产和供应业 (46) is 工业'}                  | ${'46'}    | ${'industry'}
    ${'a 小类 of 汽车制造业'}                           | ${'3670'}  | ${'industry'}
    ${'建筑业'}                                         | ${'E'}     | ${'construction'}
    ${'批发业'}                                         | ${'51'}    | ${'wholesale'}
    ${'零售业'}                                         | ${'52'}    | ${'retail'}
    ${'道路运输业'}                                     | ${'54'}    | ${'transport'}
    ${'多式联运和运输代理业'}                           | ${'58'}    | ${'transport'}
    ${'装卸搬运 (中类 591) is 交通运输业'}              | ${'591'}   | ${'transport'}
    ${'通用仓储 (中类 592) is 仓储业'}                  | ${'592'}   | ${'warehousing'}
    ${'中药材仓储 小类'}                                | ${'5960'}  | ${'warehousing'}
    ${'邮政业'}                                         | ${'60'}    | ${'postal'}
    ${'住宿业'}                                         | ${'61'}    | ${'accommodation'}
    ${'餐饮业'}                                         | ${'62'}    | ${'catering'}
    ${'互联网和相关服务 is 信息传输业'}                 | ${'64'}    | ${'informationTransmission'}
    ${'软件和信息技术服务业'}                           | ${'65'}    | ${'software'}
    ${'房地产开发经营 (701)'}                           | ${'7010'}  | ${'realEstateDevelopment'}
    ${'物业管理 (702)'}                                 | ${'702'}   | ${'propertyManagement'}
    ${'房地产中介服务 (703) is 其他未列明'}             | ${'703'}   | ${'otherUnlisted'}
    ${'其他房地产业 (709) is 其他未列明'}               | ${'709'}   | ${'otherUnlisted'}
    ${'租赁和商务服务业 门类'}                          | ${'L'}     | ${'leasingAndBusinessServices'}
    ${'科学研究和技术服务业 is 其他未列明'}             | ${'M'}     | ${'otherUnlisted'}
    ${'土地管理业 is 其他未列明'}                       | ${'79'}    | ${'otherUnlisted'}
    ${'社会工作 (85) is 其他未列明'}                    | ${'85'}    | ${'otherUnlisted'}
    ${'娱乐业 is 其他未列明'}                           | ${'90'}    | ${'otherUnlisted'}
  `('$edge', ({ code, group }) => {
    expect(sizeGroupOf(code)).toEqual({ kind: 'group', group });
  });

  it.each`
    edge                                   | code      | reason
    ${'铁路运输业 is left out'}            | ${'53'}   | ${'《统计上大中小微型企业划分办法（2017）》不适用于铁路运输业（53）'}
    ${'金融业'}                            | ${'J'}    | ${'《统计上大中小微型企业划分办法（2017）》不适用于金融业（J）'}
    ${'教育'}                              | ${'83'}   | ${'《统计上大中小微型企业划分办法（2017）》不适用于教育（83）'}
    ${'卫生, unlike 社会工作'}             | ${'84'}   | ${'《统计上大中小微型企业划分办法（2017）》不适用于卫生（84）'}
    ${'房地产租赁经营 (704)'}              | ${'704'}  | ${'《统计上大中小微型企业划分办法（2017）》不适用于房地产租赁经营（704）'}
    ${'公共管理、社会保障和社会组织'}      | ${'S'}    | ${'《统计上大中小微型企业划分办法（2017）》不适用于公共管理、社会保障和社会组织（S）'}
    ${'国际组织'}                          | ${'97'}   | ${'《统计上大中小微型企业划分办法（2017）》不适用于国际组织（97）'}
  `('outside: $edge', ({ code, reason }) => {
    expect(sizeGroupOf(code)).toEqual({ kind: 'outside', reason });
  });

  it.each`
    edge                                               | code     | groups
    ${'交通运输、仓储和邮政业 needs a 大类'}           | ${'G'}   | ${['transport', 'warehousing', 'postal']}
    ${'装卸搬运和仓储业 needs a 中类'}                 | ${'59'}  | ${['transport', 'warehousing']}
    ${'房地产业 needs a 中类'}                         | ${'70'}  | ${['realEstateDevelopment', 'propertyManagement', 'otherUnlisted']}
    ${'批发和零售业 needs a 大类'}                     | ${'F'}   | ${['wholesale', 'retail']}
    ${'卫生和社会工作: one in, one out'}               | ${'Q'}   | ${['otherUnlisted']}
  `('ambiguous: $edge', ({ code, groups }) => {
    const resolution = sizeGroupOf(code);
    expect(resolution).toMatchObject({ kind: 'ambiguous', groups });
  });

  it('asks for a 中类 in words', () => {
    expect(sizeGroupOf('59')).toEqual({
      kind: 'ambiguous',
      groups: ['transport', 'warehousing'],
      reason: '装卸搬运和仓储业（59）下的行业分别按交通运输业、仓储业的标准划分规模，请选到行业中类',
    });
  });

  it('says when part of a 门类 is outside the 办法', () => {
    expect(sizeGroupOf('Q')).toMatchObject({
      reason: '卫生和社会工作（Q）下的行业有的按其他未列明行业的标准划分规模，有的不适用《统计上大中小微型企业划分办法（2017）》，请选到行业大类',
    });
  });

  it.each`
    edge                                    | code
    ${'a 中类 59 does not have'}            | ${'597'}
    ${'a 大类 that does not exist'}         | ${'98'}
    ${'nonsense'}                           | ${'制造业'}
  `('unknown: $edge', ({ code }) => {
    expect(sizeGroupOf(code).kind).toBe('unknown');
  });
});
