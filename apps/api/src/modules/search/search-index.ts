import { distance } from 'fastest-levenshtein';
import { isCjk, isPinyinQuery, segment, syllablesOf } from './chinese-text';
import { synonymsOf } from './synonyms';

export type SearchDocumentType = 'policy' | 'interpretation';
export type SearchValidity = 'valid' | 'expired' | 'repealed';

/** What the index needs of a published document: text to match, facts to filter and rank by. */
export interface SearchDocument {
  type: SearchDocumentType;
  id: number;
  title: string;
  /** Plain text of the body (tags stripped), transcript, 文号 … */
  text: string;
  issuingBody: string | null;
  year: number | null;
  validity: SearchValidity;
  form: string | null;
  catalogNodeId: number | null;
  /** Epoch milliseconds. */
  publishedAt: number;
}

export interface SearchFilters {
  type?: SearchDocumentType;
  validity?: SearchValidity;
  year?: number;
  issuingBody?: string;
  form?: string;
  /** A catalog node and its descendants, expanded by the caller. */
  catalogNodeIds?: ReadonlySet<number>;
}

export interface SearchHit {
  type: SearchDocumentType;
  id: number;
  title: string;
  /** The title (or a passage of the body) with matches in <em>…</em>; everything else HTML-escaped. */
  highlight: string;
  score: number;
  /** How the query was understood, e.g. a typo corrected: "公开" for "工开". */
  matchedTerms: string[];
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
}

interface Slot {
  document: SearchDocument;
  alive: boolean;
  characters: string[];
  /** One letter per title character: the initials string "ysqgk" is matched against. */
  initials: string;
  /** The whole title in toneless pinyin, and where each character's syllable starts in it. */
  full: string;
  starts: number[];
  syllables: string[];
}

interface Match {
  score: number;
  groupsMatched: number;
  terms: ReadonlySet<string>;
  titleRange?: [number, number];
}

const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;
const STOPWORDS = new Set(['的', '了', '和', '与', '及', '或', '等', '之', '在', '对', '是', '为', '把', '被', '从', '向', '以', '于', '其', '并', '有关', '关于', '有']);
const MAX_QUERY_LENGTH = 50;
const YEAR_MS = 365.25 * 86_400_000;

/**
 * The in-process search index over published policies and interpretations. MariaDB has no Chinese full-text
 * parser, so the API segments (jieba), keeps inverted lists per word, and matches pinyin against each title's
 * syllables; the same on SQLite and MySQL. Each API instance builds its own from the database.
 */
export class SearchIndex {
  private readonly slots: Slot[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly titlePostings = new Map<string, number[]>();
  private readonly bodyPostings = new Map<string, number[]>();
  /** Documents (alive or not) each word was indexed for; enough for idf and for ranking corrections. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly wordsByPinyin = new Map<string, string[]>();
  /** Spellings of words of two or more characters, under each spelling with one letter deleted (SymSpell). */
  private readonly spellingsByDeletion = new Map<string, string[]>();
  /** "公*" → 公开, 公告 …: words one character away, for typos that are not homophones. */
  private readonly wordsByWildcard = new Map<string, string[]>();
  private sortedWords: string[] | null = null;
  private sortedPinyin: [string, string][] | null = null;
  private aliveCount = 0;
  /** Every title's initials and full pinyin joined by newlines, so one native indexOf scans them all. */
  private corpus: { initials: string; full: string; initialsAt: Int32Array; fullAt: Int32Array } | null = null;

  get size(): number {
    return this.aliveCount;
  }

  has(type: SearchDocumentType, id: number): boolean {
    const slot = this.slotOf.get(`${type}:${id}`);
    return slot !== undefined && this.slots[slot].alive;
  }

  documentOf(type: SearchDocumentType, id: number): SearchDocument | undefined {
    const slot = this.slotOf.get(`${type}:${id}`);
    return slot === undefined ? undefined : this.slots[slot].document;
  }

  upsert(document: SearchDocument): void {
    this.remove(document.type, document.id);
    const slotNumber = this.slots.length;
    const characters = [...document.title];
    const syllables = syllablesOf(document.title);
    const starts: number[] = [];
    let full = '';
    for (const syllable of syllables) {
      starts.push(full.length);
      full += syllable;
    }
    this.slots.push({
      document,
      alive: true,
      characters,
      syllables,
      full,
      starts,
      initials: syllables.map((syllable) => syllable[0] ?? ' ').join(''),
    });
    this.slotOf.set(`${document.type}:${document.id}`, slotNumber);
    this.aliveCount += 1;
    this.corpus = null;
    const titleWords = new Set(segment(document.title));
    const bodyWords = new Set(segment(document.text));
    for (const word of titleWords) this.post(this.titlePostings, word, slotNumber);
    for (const word of bodyWords) if (!titleWords.has(word)) this.post(this.bodyPostings, word, slotNumber);
  }

  remove(type: SearchDocumentType, id: number): void {
    const key = `${type}:${id}`;
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    // A tombstone: postings keep the slot number and skip it; rebuilding the index drops them.
    this.slots[slot].alive = false;
    this.slotOf.delete(key);
    this.aliveCount -= 1;
  }

  search(rawQuery: string, filters: SearchFilters = {}, page = 1, pageSize = 10): SearchResult {
    const query = normalizeQuery(rawQuery);
    if (!query) return { items: [], total: 0 };
    const matches = this.match(query);
    const now = Date.now();
    // Only the requested page is ordered: a common word matches tens of thousands of documents, and sorting them
    // all would cost more than finding them. A small sorted window keeps the best `limit`.
    const limit = page * pageSize;
    const ranked: { slot: number; match: Match; score: number }[] = [];
    let total = 0;
    for (const [slotNumber, match] of matches) {
      const slot = this.slots[slotNumber];
      if (!slot.alive || !passes(slot.document, filters)) continue;
      total += 1;
      const entry = { slot: slotNumber, match, score: match.score + boost(slot.document, now) };
      if (ranked.length === limit && !better(entry, ranked[limit - 1])) continue;
      let at = ranked.length;
      while (at > 0 && better(entry, ranked[at - 1])) at--;
      ranked.splice(at, 0, entry);
      if (ranked.length > limit) ranked.pop();
    }
    const items = ranked.slice((page - 1) * pageSize, page * pageSize).map(({ slot, match, score }) => {
      const { document, characters } = this.slots[slot];
      return {
        type: document.type,
        id: document.id,
        title: document.title,
        highlight: highlightOf(characters, document.text, match),
        score: Math.round(score * 1000) / 1000,
        matchedTerms: [...match.terms],
      };
    });
    return { items, total };
  }

  /** Words and titles for the search box as the resident types: Chinese prefix, or pinyin / initials prefix. */
  suggest(rawQuery: string, limit = 8): string[] {
    const query = normalizeQuery(rawQuery);
    if (!query) return [];
    const suggestions = new Set<string>();
    if (isPinyinQuery(query)) {
      const letters = query.replace(/[' ]/g, '');
      this.sortedPinyin ??= [...this.wordsByPinyinAndInitials()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const words = prefixRange(this.sortedPinyin, letters, (entry) => entry[0])
        .map((entry) => entry[1])
        .filter((word) => [...word].length >= 2);
      for (const word of this.byFrequency(words).slice(0, Math.ceil(limit / 2))) suggestions.add(word);
    } else {
      this.sortedWords ??= [...this.documentFrequency.keys()].sort();
      const words = prefixRange(this.sortedWords, query, (word) => word).filter((word) => word !== query);
      for (const word of this.byFrequency(words).slice(0, Math.ceil(limit / 2))) suggestions.add(word);
    }
    for (const hit of this.search(query, {}, 1, limit).items) {
      if (suggestions.size >= limit) break;
      suggestions.add(hit.title);
    }
    return [...suggestions].slice(0, limit);
  }

  private match(query: string): Map<number, Match> {
    if (isPinyinQuery(query)) {
      const letters = query.replace(/[' ]/g, '').toLowerCase();
      const byPinyin = this.matchPinyin(letters, false);
      if (byPinyin.size) return byPinyin;
      // Words apart in the title ("shengwuyiyaozhaoshang"), or a typo ("anquanshengcan"): read the letters as a run of
      // indexed words, one of them possibly mistyped.
      const reading = this.wordsNearPinyin(letters);
      const byWords = reading.length ? this.matchWords(reading.join(' '), reading) : new Map<number, Match>();
      if (byWords.size) return byWords;
      const mixed = this.matchPinyin(letters, true);
      if (mixed.size) return mixed;
    }
    return this.matchWords(query);
  }

  /** Title matches of a pinyin query: initials ("ysqgk"), full pinyin ("yishenqing"), or a mix ("yishenqgk"). */
  private matchPinyin(letters: string, mixed: boolean): Map<number, Match> {
    const matches = new Map<number, Match>();
    const words = this.wordsByPinyin.get(letters) ?? [];
    const add = (slotNumber: number, range: [number, number]) => {
      if (matches.has(slotNumber)) return;
      const slot = this.slots[slotNumber];
      const covered = (range[1] - range[0]) / Math.max(slot.characters.length, 1);
      matches.set(slotNumber, { score: TITLE_WEIGHT * (2 + covered), groupsMatched: 1, terms: NO_TERMS, titleRange: range });
    };
    // Initials or full syllables: native substring scans over all titles at once. The walk for mixed typing
    // ("yishenqgk") is slow and runs only when nothing else matched.
    if (mixed) {
      for (let slotNumber = 0; slotNumber < this.slots.length; slotNumber++) {
        const slot = this.slots[slotNumber];
        if (!slot.alive) continue;
        const range = matchTitlePinyinMixed(slot, letters);
        if (range) add(slotNumber, range);
      }
      return matches;
    }
    const corpus = this.pinyinCorpus();
    for (const [text, offsets, kind] of [
      [corpus.initials, corpus.initialsAt, 'initials'],
      [corpus.full, corpus.fullAt, 'full'],
    ] as const) {
      if (kind === 'initials' && letters.length < 2) continue;
      let at = text.indexOf(letters);
      while (at >= 0) {
        const slotNumber = slotAt(offsets, at);
        const slot = this.slots[slotNumber];
        if (slot.alive) {
          const local = at - offsets[slotNumber];
          const range = kind === 'initials' ? ([local, local + letters.length] as [number, number]) : fullPinyinRange(slot, local, letters.length);
          if (range) add(slotNumber, range);
        }
        at = text.indexOf(letters, at + 1);
      }
    }
    // Pinyin of a whole word ("gongkai" → 公开) also finds documents that have the word only in their body.
    if (words.length) {
      for (const [slotNumber, match] of this.matchWords(words.join(' '), words)) {
        if (!matches.has(slotNumber)) matches.set(slotNumber, { ...match, score: match.score * 0.8 });
      }
    }
    return matches;
  }

  private pinyinCorpus(): NonNullable<SearchIndex['corpus']> {
    if (this.corpus) return this.corpus;
    const initialsAt = new Int32Array(this.slots.length);
    const fullAt = new Int32Array(this.slots.length);
    const initials: string[] = [];
    const full: string[] = [];
    let initialsLength = 0;
    let fullLength = 0;
    this.slots.forEach((slot, i) => {
      initialsAt[i] = initialsLength;
      fullAt[i] = fullLength;
      initials.push(slot.initials);
      full.push(slot.full);
      initialsLength += slot.initials.length + 1;
      fullLength += slot.full.length + 1;
    });
    this.corpus = { initials: initials.join('\n'), full: full.join('\n'), initialsAt, fullAt };
    return this.corpus;
  }

  /**
   * Word matching: every word of the query (or a synonym, or its correction) should be present; a title hit counts
   * three times a body hit; rarer words count more (idf). Documents missing some words still come, lower.
   */
  private matchWords(query: string, presetWords?: string[]): Map<number, Match> {
    const words = presetWords ?? unique(segmentQuery(query));
    const groups = words.map((word) => this.alternativesOf(word)).filter((group) => group.length);
    const matches = new Map<number, Match>();
    if (!groups.length) return matches;
    // Dense arrays over slots, not maps: a common word has tens of thousands of postings.
    const total = new Float64Array(this.slots.length);
    const matched = new Uint8Array(this.slots.length);
    const best = new Float64Array(this.slots.length);
    const touched: number[] = [];
    for (const group of groups) {
      const inGroup: number[] = [];
      for (const { word, weight } of group) {
        const idf = this.idf(word);
        for (const [postings, fieldWeight] of [
          [this.titlePostings.get(word), TITLE_WEIGHT],
          [this.bodyPostings.get(word), BODY_WEIGHT],
        ] as const) {
          if (!postings) continue;
          const score = idf * fieldWeight * weight;
          for (const slot of postings) {
            if (best[slot] === 0) inGroup.push(slot);
            if (best[slot] < score) best[slot] = score;
          }
        }
      }
      for (const slot of inGroup) {
        if (matched[slot] === 0) touched.push(slot);
        total[slot] += best[slot];
        matched[slot] += 1;
        best[slot] = 0;
      }
    }
    const terms = new Set(groups.flat().map((alternative) => alternative.word));
    const needed = groups.length <= 2 ? groups.length : Math.ceil(groups.length * 0.6);
    const phrase = query.replace(/\s+/g, '');
    for (const slot of touched) {
      if (matched[slot] < needed || !this.slots[slot].alive) continue;
      const match: Match = { score: total[slot] * (matched[slot] / groups.length) ** 2, groupsMatched: matched[slot], terms };
      const title = this.slots[slot].document.title;
      const at = phrase.length >= 2 ? title.indexOf(phrase) : -1;
      if (at >= 0) {
        match.score += TITLE_WEIGHT * 2;
        const start = [...title.slice(0, at)].length;
        match.titleRange = [start, start + [...phrase].length];
      }
      matches.set(slot, match);
    }
    return matches;
  }

  /** The word itself, its near-synonyms (weighted lower), and, when the index has never seen it, its likely correction. */
  private alternativesOf(word: string): { word: string; weight: number }[] {
    const alternatives: { word: string; weight: number }[] = [];
    if (this.documentFrequency.has(word)) alternatives.push({ word, weight: 1 });
    for (const synonym of synonymsOf(word)) if (this.documentFrequency.has(synonym)) alternatives.push({ word: synonym, weight: 0.8 });
    if (alternatives.length) return alternatives;
    // Typed with the wrong character: a homophone first (拼音输入法's usual slip: 工开 → 公开), then one character off.
    const homophones = this.wordsByPinyin.get(syllablesOf(word).join('')) ?? [];
    const corrections = homophones.length ? homophones : this.wordsOneCharacterAway(word);
    for (const correction of this.byFrequency(corrections).slice(0, 3)) alternatives.push({ word: correction, weight: 0.7 });
    if (alternatives.length) return alternatives;
    // An unknown word: fall back to its parts, each corrected by sound if the index has never seen it ("首抬套").
    const found: { word: string; weight: number }[] = [];
    for (const part of segment(word).filter((candidate) => candidate !== word)) {
      if (this.documentFrequency.has(part)) found.push({ word: part, weight: 0.5 });
      else for (const homophone of this.byFrequency(this.wordsByPinyin.get(syllablesOf(part).join('')) ?? []).slice(0, 2)) found.push({ word: homophone, weight: 0.4 });
    }
    return found;
  }

  private wordsOneCharacterAway(word: string): string[] {
    const characters = [...word];
    if (characters.length < 2 || characters.length > 8) return [];
    const found = new Set<string>();
    for (let i = 0; i < characters.length; i++) {
      const pattern = characters.map((c, j) => (j === i ? '*' : c)).join('');
      for (const candidate of this.wordsByWildcard.get(pattern) ?? []) found.add(candidate);
    }
    return [...found];
  }

  /**
   * Reads a pinyin query as a run of indexed words, allowing one of them to be mistyped by one letter
   * ("anquanshengcan" → 安全 生产): a dynamic programme over the query, with the one-delete neighbourhoods of each
   * word's spelling (SymSpell) to find mistyped words without comparing against the whole vocabulary.
   */
  private wordsNearPinyin(letters: string): string[] {
    if (letters.length < 4 || letters.length > MAX_QUERY_LENGTH) return [];
    type State = { words: string[]; corrected: boolean } | undefined;
    // best[i][c]: a reading of letters[0..i) with c (0 or 1) corrected words.
    const best: [State, State][] = Array.from({ length: letters.length + 1 }, () => [undefined, undefined]);
    best[0][0] = { words: [], corrected: false };
    for (let from = 0; from < letters.length; from++) {
      for (const corrections of [0, 1] as const) {
        const state = best[from][corrections];
        if (!state) continue;
        for (let to = from + 2; to <= Math.min(letters.length, from + 24); to++) {
          const piece = letters.slice(from, to);
          const exact = this.longWordsSpelled(piece);
          if (exact.length && !best[to][corrections]) best[to][corrections] = { words: [...state.words, this.byFrequency(exact)[0]], corrected: state.corrected };
          if (corrections === 0 && piece.length >= 4 && !best[to][1]) {
            const near = this.wordsOneEditFrom(piece);
            if (near.length) best[to][1] = { words: [...state.words, this.byFrequency(near)[0]], corrected: true };
          }
        }
      }
    }
    const reading = best[letters.length][0] ?? best[letters.length][1];
    return reading ? unique(reading.words) : [];
  }

  private longWordsSpelled(spelling: string): string[] {
    return (this.wordsByPinyin.get(spelling) ?? []).filter((word) => [...word].length >= 2);
  }

  private wordsOneEditFrom(spelling: string): string[] {
    const found: string[] = [];
    for (const variant of [spelling, ...deletionsOf(spelling)]) {
      for (const candidate of this.spellingsByDeletion.get(variant) ?? []) {
        if (candidate !== spelling && distance(candidate, spelling) <= 1) found.push(...this.longWordsSpelled(candidate));
      }
    }
    return unique(found);
  }

  private byFrequency(words: string[]): string[] {
    return unique(words).sort((a, b) => (this.documentFrequency.get(b) ?? 0) - (this.documentFrequency.get(a) ?? 0));
  }

  private idf(word: string): number {
    const frequency = this.documentFrequency.get(word) ?? 0;
    return Math.log(1 + (this.slots.length - frequency + 0.5) / (frequency + 0.5));
  }

  private post(postings: Map<string, number[]>, word: string, slot: number): void {
    const list = postings.get(word);
    if (list) list.push(slot);
    else postings.set(word, [slot]);
    const frequency = this.documentFrequency.get(word);
    this.documentFrequency.set(word, (frequency ?? 0) + 1);
    if (frequency !== undefined) return;
    this.sortedWords = null;
    this.sortedPinyin = null;
    const characters = [...word];
    if (!characters.every(isCjk)) return;
    const spelling = syllablesOf(word).join('');
    const sameSpelling = this.wordsByPinyin.get(spelling);
    this.wordsByPinyin.set(spelling, [...(sameSpelling ?? []), word]);
    if (!sameSpelling && characters.length >= 2) {
      for (const variant of [spelling, ...deletionsOf(spelling)]) this.spellingsByDeletion.set(variant, [...(this.spellingsByDeletion.get(variant) ?? []), spelling]);
    }
    if (characters.length >= 2 && characters.length <= 8) {
      for (let i = 0; i < characters.length; i++) {
        const pattern = characters.map((c, j) => (j === i ? '*' : c)).join('');
        this.wordsByWildcard.set(pattern, [...(this.wordsByWildcard.get(pattern) ?? []), word]);
      }
    }
  }

  private *wordsByPinyinAndInitials(): Generator<[string, string]> {
    for (const [spelling, words] of this.wordsByPinyin) {
      for (const word of words) {
        yield [spelling, word];
        yield [syllablesOf(word).map((syllable) => syllable[0]).join(''), word];
      }
    }
  }
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** Which slot a position in the joined corpus falls in (offsets ascending). */
function slotAt(offsets: Int32Array, position: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The characters a full-pinyin match at `offset` covers, if it starts on a syllable and ends on one, or is a syllable
 * being typed ("yishenq", four letters or more). "an" inside "guan" is not a match.
 */
export function fullPinyinRange(slot: Pick<Slot, 'starts' | 'syllables'>, offset: number, length: number): [number, number] | null {
  const start = slot.starts.indexOf(offset);
  if (start < 0) return null;
  const end = offset + length;
  let last = start;
  while (last + 1 < slot.starts.length && slot.starts[last + 1] < end) last++;
  const syllableEnd = slot.starts[last] + slot.syllables[last].length;
  return syllableEnd === end || length >= 4 ? [start, last + 1] : null;
}

/** Mixed full and short syllables ("yishenqgk"): a walk over the title's syllables. */
export function matchTitlePinyinMixed(slot: Pick<Slot, 'initials' | 'syllables'>, letters: string): [number, number] | null {
  if (!slot.initials.includes(letters[0])) return null;
  for (let start = 0; start < slot.syllables.length; start++) {
    if (slot.syllables[start][0] !== letters[0]) continue;
    const end = consume(slot.syllables, start, letters, 0);
    if (end !== null) return [start, end];
  }
  return null;
}

function consume(syllables: string[], index: number, letters: string, offset: number): number | null {
  if (offset === letters.length) return index;
  if (index >= syllables.length) return null;
  const syllable = syllables[index];
  for (let take = Math.min(syllable.length, letters.length - offset); take >= 1; take--) {
    if (letters.startsWith(syllable.slice(0, take), offset)) {
      const end = consume(syllables, index + 1, letters, offset + take);
      if (end !== null) return end;
    }
  }
  return null;
}

function better(a: { slot: number; score: number }, b: { slot: number; score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.slot > b.slot);
}

/** Title words first, recent documents and valid ones before repealed ones. */
function boost(document: SearchDocument, now: number): number {
  const ageYears = Math.max(0, (now - document.publishedAt) / YEAR_MS);
  const validity = document.validity === 'valid' ? 0.6 : document.validity === 'expired' ? -0.6 : -1.2;
  return 0.8 / (1 + ageYears) + validity;
}

function passes(document: SearchDocument, filters: SearchFilters): boolean {
  return (
    (!filters.type || document.type === filters.type) &&
    (!filters.validity || document.validity === filters.validity) &&
    (!filters.year || document.year === filters.year) &&
    (!filters.issuingBody || document.issuingBody === filters.issuingBody) &&
    (!filters.form || document.form === filters.form) &&
    (!filters.catalogNodeIds || (document.catalogNodeId !== null && filters.catalogNodeIds.has(document.catalogNodeId)))
  );
}

function highlightOf(characters: string[], text: string, match: Match): string {
  const marked = new Array<boolean>(characters.length).fill(false);
  if (match.titleRange) for (let i = match.titleRange[0]; i < match.titleRange[1]; i++) marked[i] = true;
  const title = characters.join('');
  for (const term of match.terms) markOccurrences(title, term, marked);
  if (marked.some(Boolean)) return render(characters, marked);
  // Only the body matched: show the passage around the first match.
  const body = [...text];
  const bodyMarked = new Array<boolean>(body.length).fill(false);
  for (const term of match.terms) markOccurrences(text, term, bodyMarked);
  const first = bodyMarked.indexOf(true);
  if (first < 0) return escapeHtml(characters.join(''));
  const from = Math.max(0, first - 20);
  const to = Math.min(body.length, first + 40);
  return `${from > 0 ? '…' : ''}${render(body.slice(from, to), bodyMarked.slice(from, to))}${to < body.length ? '…' : ''}`;
}

function markOccurrences(text: string, term: string, marked: boolean[]): void {
  if (!term) return;
  const lower = text.toLowerCase();
  let at = lower.indexOf(term);
  while (at >= 0) {
    const start = [...text.slice(0, at)].length;
    for (let i = start; i < start + [...term].length && i < marked.length; i++) marked[i] = true;
    at = lower.indexOf(term, at + term.length);
  }
}

function render(characters: string[], marked: boolean[]): string {
  let html = '';
  for (let i = 0; i < characters.length; i++) {
    if (marked[i] && !marked[i - 1]) html += '<em>';
    html += escapeHtml(characters[i]);
    if (marked[i] && !marked[i + 1]) html += '</em>';
  }
  return html;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_QUERY_LENGTH);
}

/** Query words in the segmenter's precise mode (the index has the overlapping search-mode words, a superset). */
function segmentQuery(query: string): string[] {
  return query
    .split(' ')
    .flatMap((part) => {
      const words = segment(part);
      // Search mode yields "中小", "企业", "中小企业": keep the longest words that cover the part.
      return words.filter((word) => !words.some((other) => other !== word && other.length > word.length && other.includes(word)));
    })
    .filter((word) => !STOPWORDS.has(word));
}

function deletionsOf(spelling: string): string[] {
  return unique([...spelling].map((_, i) => spelling.slice(0, i) + spelling.slice(i + 1)));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function prefixRange<T>(sorted: T[], prefix: string, keyOf: (item: T) => string): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(sorted[middle]) < prefix) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && keyOf(sorted[i]).startsWith(prefix) && found.length < 200; i++) found.push(sorted[i]);
  return found;
}
