import { isIndustryCode } from './is-industry-code';

describe('isIndustryCode', () => {
  it.each`
    edge                       | code         | valid
    ${'a 门类'}                | ${'A'}       | ${true}
    ${'a 大类'}                | ${'36'}      | ${true}
    ${'a 中类'}                | ${'367'}     | ${false}
    ${'a letter past T'}       | ${'Z'}       | ${false}
    ${'a number, not text'}    | ${36}        | ${false}
    ${'null'}                  | ${null}      | ${false}
    ${'padded with spaces'}    | ${' 36'}     | ${false}
  `('$edge', ({ code, valid }) => {
    expect(isIndustryCode(code)).toBe(valid);
  });
});
