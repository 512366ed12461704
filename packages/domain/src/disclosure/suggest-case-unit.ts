import { bigrams, jaccard } from '../text/text-similarity';

/** A request some unit already answered: the sample the office's choice learns from. */
export interface AssignedCaseSample {
  unitId: number;
  trackingNumber: string;
  title: string;
  description: string;
}

export interface CaseUnitSuggestion {
  unitId: number;
  /** In words, for the office head deciding: which past cases make the unit a candidate. */
  reason: string;
}

const SIMILARITY_THRESHOLD = 0.2;
const SIMILAR_LIMIT = 10;

/**
 * Units that answered requests like this one, by character-bigram overlap of title and description (Chinese has
 * no spaces; bigrams need no dictionary and catch "技术改造"/"技改专项" alike). Only orders the choice: the office
 * head assigns (Art. 4).
 */
export function suggestCaseUnit(request: { title: string; description: string }, past: readonly AssignedCaseSample[], limit = 3): CaseUnitSuggestion[] {
  const target = bigrams(`${request.title}${request.description}`);
  const byUnit = new Map<number, { score: number; numbers: string[] }>();
  past
    .map((other) => ({ other, score: jaccard(target, bigrams(`${other.title}${other.description}`)) }))
    .filter(({ score }) => score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, SIMILAR_LIMIT)
    .forEach(({ other, score }) => {
      const entry = byUnit.get(other.unitId) ?? { score: 0, numbers: [] };
      entry.score += score;
      entry.numbers.push(other.trackingNumber);
      byUnit.set(other.unitId, entry);
    });
  return [...byUnit.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, limit)
    .map(([unitId, { numbers }]) => ({
      unitId,
      reason: `与 ${numbers.slice(0, 2).join('、')}${numbers.length > 2 ? ` 等 ${numbers.length} 件` : ''}相似申请由该科室办理`,
    }));
}
