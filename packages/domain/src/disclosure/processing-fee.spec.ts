import { feeForNthApplication, feeForPages } from './processing-fee';

describe('信息处理费 (109号)', () => {
  it.each`
    edge                           | nth   | yuan
    ${'the 10th is free'}          | ${10} | ${0}
    ${'the 11th costs ¥100'}       | ${11} | ${100}
    ${'the 30th costs ¥100'}       | ${30} | ${100}
    ${'the 31st costs ¥200'}       | ${31} | ${200}
    ${'the 40th costs ¥200'}       | ${40} | ${200}
    ${'the 41st costs ¥300'}       | ${41} | ${300}
    ${'the 51st costs ¥400'}       | ${51} | ${400}
  `('by count: $edge', ({ nth, yuan }) => {
    expect(feeForNthApplication(nth)).toBe(yuan);
  });

  it.each`
    edge                                | pages  | yuan
    ${'30 pages free'}                  | ${30}  | ${0}
    ${'31 pages: one page at ¥10'}      | ${31}  | ${10}
    ${'100 pages: 70 × ¥10'}            | ${100} | ${700}
    ${'101 pages: 700 + ¥20'}           | ${101} | ${720}
    ${'200 pages: 700 + 100 × ¥20'}     | ${200} | ${2700}
    ${'250 pages: 2700 + 50 × ¥40'}     | ${250} | ${4700}
  `('by pages: $edge', ({ pages, yuan }) => {
    expect(feeForPages(pages)).toBe(yuan);
  });

  it.each([0, -1, 2.5])('refuses %p as a count', (nth) => {
    expect(() => feeForNthApplication(nth)).toThrow(RangeError);
  });
});
