/** The layout a year's report is printed in: 国办公开办函〔2021〕30号 from the 2021 report on, 〔2019〕60号 before. */
export type AnnualReportLayout = '2021' | '2019';

/** The first report year in the 30号 layout (issued in 2021 for the reports published from 2022). */
export const LAYOUT_2021_FROM_YEAR = 2021;

export function annualReportLayoutOf(year: number): AnnualReportLayout {
  return year >= LAYOUT_2021_FROM_YEAR ? '2021' : '2019';
}
