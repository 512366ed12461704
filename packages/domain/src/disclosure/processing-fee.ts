/**
 * 信息处理费 (国办函〔2020〕109号). Free by default; charged only for excessive volume, either by the applicant's
 * count of applications in a calendar month or by the pages of one application, never both on one application.
 */

/** The fee of the n-th application (1-based) one applicant makes in a calendar month, in yuan. */
export function feeForNthApplication(nth: number): number {
  if (!Number.isInteger(nth) || nth < 1) throw new RangeError(`not an application count: ${nth}`);
  // 1–10 free; 11–30 ¥100 each; from 31, each further band of 10 costs ¥100 more per application.
  if (nth <= 10) return 0;
  if (nth <= 30) return 100;
  return 100 + Math.ceil((nth - 30) / 10) * 100;
}

/** 按量计收: the price of each page of one application, by band (pages above the previous band's `upTo`). */
export const FEE_PAGE_BANDS: readonly { upTo: number; yuanPerPage: number }[] = [
  { upTo: 30, yuanPerPage: 0 },
  { upTo: 100, yuanPerPage: 10 },
  { upTo: 200, yuanPerPage: 20 },
  { upTo: Number.POSITIVE_INFINITY, yuanPerPage: 40 },
];

/** The fee for the pages of one application, in yuan: each band charges only the pages that fall in it. */
export function feeForPages(pages: number): number {
  if (!Number.isInteger(pages) || pages < 0) throw new RangeError(`not a page count: ${pages}`);
  let fee = 0;
  let floor = 0;
  for (const band of FEE_PAGE_BANDS) {
    if (pages <= floor) break;
    fee += (Math.min(pages, band.upTo) - floor) * band.yuanPerPage;
    floor = band.upTo;
  }
  return fee;
}
