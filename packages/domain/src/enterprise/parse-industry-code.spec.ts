import { parseIndustryCode } from './parse-industry-code';

describe('parseIndustryCode', () => {
  it.each`
    edge                                     | code       | parts
    ${'a 门类 only'}                         | ${'G'}     | ${{ section: 'G', division: null, group: null }}
    ${'a 大类'}                              | ${'59'}    | ${{ section: 'G', division: '59', group: null }}
    ${'a 中类'}                              | ${'591'}   | ${{ section: 'G', division: '59', group: '591' }}
    ${'a 小类 keeps its 中类'}               | ${'7010'}  | ${{ section: 'K', division: '70', group: '701' }}
  `('$edge', ({ code, parts }) => {
    expect(parseIndustryCode(code)).toEqual(parts);
  });

  it.each`
    edge                               | code
    ${'an unknown 大类 under a 中类'}  | ${'981'}
    ${'five digits'}                   | ${'36701'}
    ${'letter and digits'}             | ${'C3670'}
    ${'a letter past T'}               | ${'X'}
  `('null for $edge', ({ code }) => {
    expect(parseIndustryCode(code)).toBeNull();
  });
});
