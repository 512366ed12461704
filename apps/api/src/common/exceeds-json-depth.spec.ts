import { exceedsJsonDepth } from './exceeds-json-depth';

describe('exceedsJsonDepth', () => {
  it.each`
    edge                                     | text                                              | max   | exceeds
    ${'flat object'}                         | ${'{"a":1}'}                                      | ${1}  | ${false}
    ${'exactly at the limit'}                | ${'{"a":[{"b":1}]}'}                              | ${3}  | ${false}
    ${'one over the limit'}                  | ${'{"a":[{"b":[1]}]}'}                            | ${3}  | ${true}
    ${'10,000 arrays'}                       | ${'['.repeat(10_000) + ']'.repeat(10_000)}        | ${32} | ${true}
    ${'brackets inside a string'}            | ${JSON.stringify({ a: '[[[[{{{{' })}              | ${1}  | ${false}
    ${'escaped quote keeps the string open'} | ${'{"a":"\\"[[[["}'}                              | ${1}  | ${false}
    ${'escaped backslash closes it'}         | ${'{"a":"\\\\",' + '"b":[[1]]}'}                  | ${2}  | ${true}
    ${'siblings do not add up'}              | ${'[[1],[2],[3],[4]]'}                            | ${2}  | ${false}
    ${'scalar body'}                         | ${'12'}                                           | ${0}  | ${false}
  `('$edge', ({ text, max, exceeds }) => {
    expect(exceedsJsonDepth(text, max)).toBe(exceeds);
  });
});
