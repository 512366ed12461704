import { validatePolicyConditions } from './validate-policy-conditions';

function nested(depth: number): unknown {
  return depth === 1 ? { kind: 'text', text: '由窗口核实' } : { kind: 'all', of: [nested(depth - 1)] };
}

describe('validatePolicyConditions', () => {
  it.each`
    edge                                         | input
    ${'every kind together'}                     | ${{ kind: 'all', of: [{ kind: 'industry', codes: ['C', '65'] }, { kind: 'size', sizes: ['small', 'micro'] }, { kind: 'district', districts: ['环翠区'] }, { kind: 'any', of: [{ kind: 'qualification', qualifications: ['highTech', 'littleGiant'], obtainedFromYear: 2023, obtainedToYear: 2025 }, { kind: 'text', text: '近三年纳税信用 A 级' }] }, { kind: 'founded', foundedYearsAtLeast: 1, foundedYearsAtMost: 5 }] }}
    ${'a single leaf'}                           | ${{ kind: 'industry', codes: ['T'] }}
    ${'an age bound of zero'}                    | ${{ kind: 'founded', foundedYearsAtMost: 0 }}
    ${'one year as the whole window'}            | ${{ kind: 'qualification', qualifications: ['techSme'], obtainedFromYear: 2024, obtainedToYear: 2024 }}
    ${'eight levels deep'}                       | ${nested(8)}
  `('accepts $edge', ({ input }) => {
    expect(validatePolicyConditions(input)).toEqual([]);
  });

  it.each`
    edge                                        | input                                                                                | field                                  | message
    ${'not an object'}                          | ${'制造业'}                                                                          | ${'conditions'}                        | ${'适用条件格式不正确，应为一个条件'}
    ${'a list instead of a condition'}          | ${[]}                                                                                | ${'conditions'}                        | ${'适用条件格式不正确，应为一个条件'}
    ${'unknown kind'}                           | ${{ kind: 'region', districts: ['环翠区'] }}                                         | ${'conditions.kind'}                   | ${'适用条件类型“region”不支持，应为 all、any、industry、size、district、qualification、founded、text 之一'}
    ${'no kind'}                                | ${{ codes: ['C'] }}                                                                  | ${'conditions.kind'}                   | ${'适用条件类型“”不支持，应为 all、any、industry、size、district、qualification、founded、text 之一'}
    ${'a field of another kind'}                | ${{ kind: 'industry', codes: ['C'], sizes: ['small'] }}                              | ${'conditions.sizes'}                  | ${'不支持的字段：conditions.sizes'}
    ${'empty all-of'}                           | ${{ kind: 'all', of: [] }}                                                           | ${'conditions.of'}                     | ${'“全部满足”条件组至少要有一项'}
    ${'any-of without a list'}                  | ${{ kind: 'any' }}                                                                   | ${'conditions.of'}                     | ${'“满足其一”条件组至少要有一项'}
    ${'unknown industry code'}                  | ${{ kind: 'industry', codes: ['C', 'Z9'] }}                                          | ${'conditions.codes[1]'}               | ${'适用行业代码“Z9”不是 GB/T 4754-2017 的门类（A–T）或大类（01–97）'}
    ${'a 中类 is not accepted'}                 | ${{ kind: 'industry', codes: ['591'] }}                                              | ${'conditions.codes[0]'}               | ${'适用行业代码“591”不是 GB/T 4754-2017 的门类（A–T）或大类（01–97）'}
    ${'no industries'}                          | ${{ kind: 'industry', codes: [] }}                                                   | ${'conditions.codes'}                  | ${'适用行业至少要有一项'}
    ${'unknown size'}                           | ${{ kind: 'size', sizes: ['huge'] }}                                                 | ${'conditions.sizes[0]'}               | ${'未知的企业规模“huge”，应为 large（大型）、medium（中型）、small（小型）、micro（微型） 之一'}
    ${'a size in Chinese'}                      | ${{ kind: 'size', sizes: ['小型'] }}                                                 | ${'conditions.sizes[0]'}               | ${'未知的企业规模“小型”，应为 large（大型）、medium（中型）、small（小型）、micro（微型） 之一'}
    ${'blank district'}                         | ${{ kind: 'district', districts: ['环翠区', ' '] }}                                  | ${'conditions.districts[1]'}           | ${'适用区县不能为空'}
    ${'district too long'}                      | ${{ kind: 'district', districts: ['区'.repeat(51)] }}                                | ${'conditions.districts[0]'}           | ${'适用区县“区区区区区区区区区区…”过长，最多 50 字'}
    ${'unknown qualification'}                  | ${{ kind: 'qualification', qualifications: ['gazelle'] }}                            | ${'conditions.qualifications[0]'}      | ${'未知的企业资质“gazelle”，应为 highTech（高新技术企业）、techSme（科技型中小企业）、innovativeSme（创新型中小企业）、specializedSme（专精特新中小企业）、littleGiant（专精特新“小巨人”企业）、manufacturingChampion（制造业单项冠军企业） 之一'}
    ${'a year that is not whole'}               | ${{ kind: 'qualification', qualifications: ['highTech'], obtainedFromYear: 2023.5 }} | ${'conditions.obtainedFromYear'}      | ${'资质认定起始年份应为 1980–2100 之间的整数年份'}
    ${'a year as text'}                         | ${{ kind: 'qualification', qualifications: ['highTech'], obtainedToYear: '2024' }}   | ${'conditions.obtainedToYear'}         | ${'资质认定截止年份应为 1980–2100 之间的整数年份'}
    ${'window the wrong way round'}             | ${{ kind: 'qualification', qualifications: ['highTech'], obtainedFromYear: 2025, obtainedToYear: 2023 }} | ${'conditions.obtainedFromYear'} | ${'资质认定起始年份不能晚于截止年份'}
    ${'age without bounds'}                     | ${{ kind: 'founded' }}                                                               | ${'conditions'}                        | ${'成立年限条件至少要填“成立满几年”或“成立不超过几年”之一'}
    ${'negative age'}                           | ${{ kind: 'founded', foundedYearsAtLeast: -1 }}                                      | ${'conditions.foundedYearsAtLeast'}    | ${'成立满几年应为 0–100 之间的整数'}
    ${'age bounds the wrong way round'}         | ${{ kind: 'founded', foundedYearsAtLeast: 5, foundedYearsAtMost: 3 }}                | ${'conditions.foundedYearsAtLeast'}    | ${'“成立满几年”不能大于“成立不超过几年”'}
    ${'blank free text'}                        | ${{ kind: 'text', text: '   ' }}                                                     | ${'conditions.text'}                   | ${'需要人工核实的条件不能为空'}
    ${'free text too long'}                     | ${{ kind: 'text', text: '字'.repeat(501) }}                                          | ${'conditions.text'}                   | ${'需要人工核实的条件过长，最多 500 字'}
    ${'nine levels deep'}                       | ${nested(9)}                                                                         | ${'conditions.of[0].of[0].of[0].of[0].of[0].of[0].of[0]'} | ${'适用条件嵌套过深，最多 8 层'}
  `('refuses $edge', ({ input, field, message }) => {
    expect(validatePolicyConditions(input)).toEqual([{ field, message }]);
  });

  it('names the path of a fault deep in the tree', () => {
    const input = { kind: 'all', of: [{ kind: 'industry', codes: ['C'] }, { kind: 'any', of: [{ kind: 'size', sizes: ['tiny'] }] }] };
    expect(validatePolicyConditions(input, 'body.conditions')).toEqual([
      { field: 'body.conditions.of[1].of[0].sizes[0]', message: '未知的企业规模“tiny”，应为 large（大型）、medium（中型）、small（小型）、micro（微型） 之一' },
    ]);
  });

  it('reports every fault, not only the first', () => {
    const input = { kind: 'all', of: [{ kind: 'industry', codes: ['Z'] }, { kind: 'district', districts: [] }] };
    expect(validatePolicyConditions(input).map((error) => error.field)).toEqual(['conditions.of[0].codes[0]', 'conditions.of[1].districts']);
  });
});
