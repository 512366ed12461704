import { normalizeIndustryCode } from './normalize-industry-code';

describe('normalizeIndustryCode', () => {
  it.each`
    edge                                         | raw         | code
    ${'a 门类 letter'}                           | ${'C'}      | ${'C'}
    ${'a lower-case letter'}                     | ${'c'}      | ${'C'}
    ${'a 大类'}                                  | ${'39'}     | ${'39'}
    ${'a 小类'}                                  | ${'3911'}   | ${'3911'}
    ${'letter and 大类 together (C39)'}          | ${'C39'}    | ${'39'}
    ${'letter and 小类 with a space'}            | ${'C 3911'} | ${'3911'}
    ${'a letter that contradicts the digits'}    | ${'A39'}    | ${null}
    ${'a 大类 that does not exist'}              | ${'98'}     | ${null}
    ${'a letter outside A–T'}                    | ${'U'}      | ${null}
    ${'words'}                                   | ${'制造业'} | ${null}
  `('$edge', ({ raw, code }) => {
    expect(normalizeIndustryCode(raw)).toBe(code);
  });
});
