import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { pinyin } from 'pinyin-pro';

/** One segmenter per process: loading the dictionary takes ~100 ms and the instance is thread-safe to share. */
let jieba: Jieba | undefined;

const CJK = /[\u3400-\u9fff]/;
const WORD = /[\u3400-\u9fffA-Za-z0-9]/;

export function isCjk(character: string): boolean {
  return CJK.test(character);
}

/** Words of a text for the index and for queries: the segmenter's search mode (overlapping words), lower-cased, no punctuation. */
export function segment(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba
    .cutForSearch(text, true)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word && WORD.test(word));
}

/** Toneless pinyin of each character (ü written v, as typed); non-Chinese characters stand for themselves. */
export function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true }).map((syllable) => syllable.toLowerCase());
}

export function fullPinyin(text: string): string {
  return syllablesOf(text).join('');
}

export function initialsOf(text: string): string {
  return syllablesOf(text)
    .map((syllable) => syllable[0] ?? '')
    .join('');
}

/** A query typed as pinyin (full, initials or a mix): Latin letters (digits allowed, "5gjz"), maybe spaces or apostrophes. */
export function isPinyinQuery(query: string): boolean {
  return /^[a-z0-9' ]+$/i.test(query) && /[a-z]{2}/i.test(query);
}
