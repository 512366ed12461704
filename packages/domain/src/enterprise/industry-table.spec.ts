import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS } from './industry-table';

describe('GB/T 4754-2017 门类 and 大类', () => {
  it('has the 20 门类 A–T in order', () => {
    expect(INDUSTRY_SECTIONS.map((section) => section.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('has the 97 大类 01–97 in order, without gaps', () => {
    expect(INDUSTRY_DIVISIONS.map((division) => division.code)).toEqual(Array.from({ length: 97 }, (_, index) => String(index + 1).padStart(2, '0')));
  });

  it('has no two 大类 with one name', () => {
    expect(new Set(INDUSTRY_DIVISIONS.map((division) => division.name)).size).toBe(97);
  });

  it.each`
    section | first   | last    | count
    ${'A'}  | ${'01'} | ${'05'} | ${5}
    ${'B'}  | ${'06'} | ${'12'} | ${7}
    ${'C'}  | ${'13'} | ${'43'} | ${31}
    ${'D'}  | ${'44'} | ${'46'} | ${3}
    ${'E'}  | ${'47'} | ${'50'} | ${4}
    ${'F'}  | ${'51'} | ${'52'} | ${2}
    ${'G'}  | ${'53'} | ${'60'} | ${8}
    ${'H'}  | ${'61'} | ${'62'} | ${2}
    ${'I'}  | ${'63'} | ${'65'} | ${3}
    ${'J'}  | ${'66'} | ${'69'} | ${4}
    ${'K'}  | ${'70'} | ${'70'} | ${1}
    ${'L'}  | ${'71'} | ${'72'} | ${2}
    ${'M'}  | ${'73'} | ${'75'} | ${3}
    ${'N'}  | ${'76'} | ${'79'} | ${4}
    ${'O'}  | ${'80'} | ${'82'} | ${3}
    ${'P'}  | ${'83'} | ${'83'} | ${1}
    ${'Q'}  | ${'84'} | ${'85'} | ${2}
    ${'R'}  | ${'86'} | ${'90'} | ${5}
    ${'S'}  | ${'91'} | ${'96'} | ${6}
    ${'T'}  | ${'97'} | ${'97'} | ${1}
  `('门类 $section holds 大类 $first–$last', ({ section, first, last, count }) => {
    const codes = INDUSTRY_DIVISIONS.filter((division) => division.section === section).map((division) => division.code);
    expect(codes).toHaveLength(count);
    expect([codes[0], codes[codes.length - 1]]).toEqual([first, last]);
  });
});
