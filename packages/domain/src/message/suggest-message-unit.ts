import { normalizeForScreening } from '../text/normalize-for-screening';
import { bigrams, jaccard } from '../text/text-similarity';

export interface UnitRoutingProfile {
  unitId: number;
  keywords: string[];
}

export interface AnsweredMessageSample {
  unitId: number;
  title: string;
  body: string;
}

export interface MessageUnitSuggestion {
  unitId: number;
  score: number;
  matchedKeywords: string[];
  similarMessages: number;
}

const KEYWORD_WEIGHT = 1;
const SIMILARITY_THRESHOLD = 0.12;
const SIMILAR_LIMIT = 10;

/**
 * Suggests the responsible unit (责任科室) for a message: each configured keyword found in the text counts once,
 * and every similar past answered message adds its similarity (bigram Jaccard) for the unit that answered it.
 * The dispatcher confirms; this only orders the choice.
 */
export function suggestMessageUnit(
  text: string,
  profiles: UnitRoutingProfile[],
  answered: AnsweredMessageSample[],
  limit = 3,
): MessageUnitSuggestion[] {
  const normalized = normalizeForScreening(text);
  const scores = new Map<number, MessageUnitSuggestion>();
  const entry = (unitId: number) => {
    let found = scores.get(unitId);
    if (!found) {
      found = { unitId, score: 0, matchedKeywords: [], similarMessages: 0 };
      scores.set(unitId, found);
    }
    return found;
  };
  for (const profile of profiles) {
    for (const keyword of profile.keywords) {
      const needle = normalizeForScreening(keyword);
      if (needle && normalized.includes(needle)) {
        const suggestion = entry(profile.unitId);
        suggestion.score += KEYWORD_WEIGHT;
        suggestion.matchedKeywords.push(keyword);
      }
    }
  }
  const target = bigrams(text);
  answered
    .map((sample) => ({ sample, similarity: jaccard(target, bigrams(`${sample.title}${sample.body}`)) }))
    .filter(({ similarity }) => similarity >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, SIMILAR_LIMIT)
    .forEach(({ sample, similarity }) => {
      const suggestion = entry(sample.unitId);
      suggestion.score += similarity;
      suggestion.similarMessages += 1;
    });
  return [...scores.values()].sort((a, b) => b.score - a.score || a.unitId - b.unitId).slice(0, limit);
}
