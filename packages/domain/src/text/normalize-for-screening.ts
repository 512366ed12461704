/**
 * Text as a word list should see it: full-width letters and digits folded to ASCII, lower case, and every space,
 * punctuation mark, symbol and invisible character removed, so "法 轮-功" or "ＡＢＣ" cannot slip past a list entry.
 */
export function normalizeForScreening(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '');
}
