import { Injectable, Logger } from '@nestjs/common';
import { normalizeForScreening } from '@govopen/domain';
import AhoCorasick from 'modern-ahocorasick';
import { ContentScene, WechatClient, WechatRejectedError, WechatUnavailableError } from '../../wechat/wechat.client';
import { MessageRepository } from './message.repository';

export type ScreeningVerdict =
  /** Nothing found: show it. */
  | { outcome: 'pass' }
  /** The word list or WeChat flagged it: hold for a moderator, with why. */
  | { outcome: 'flagged'; note: string }
  /** WeChat could not be asked: hold (never show unchecked text, never lose it). */
  | { outcome: 'unavailable'; note: string };

/** The word list is reloaded at most this often, so every instance sees an edit within a minute. */
const WORD_LIST_TTL_MS = 60_000;

/**
 * The content check every message and comment passes before anyone else sees it: the agency's own word list
 * everywhere, and WeChat's msgSecCheck for mini-program users (WeChat checks text in the context of the openid that
 * wrote it, so H5 dev-login users get the word list only).
 */
@Injectable()
export class ContentScreeningService {
  private readonly logger = new Logger('ContentScreening');
  private matcher: { words: string[]; automaton: AhoCorasick | null; loadedAt: number } | null = null;
  private loading: Promise<NonNullable<ContentScreeningService['matcher']>> | null = null;

  constructor(
    private readonly repository: MessageRepository,
    private readonly wechat: WechatClient,
  ) {}

  /** True when WeChat's checks apply to this resident (a real mini-program openid and a configured app). */
  wechatApplies(openid: string): boolean {
    return this.wechat.contentCheckAvailable && !openid.startsWith('dev:');
  }

  async screenText(openid: string, parts: { title?: string; body: string }, scene: ContentScene): Promise<ScreeningVerdict> {
    const found = await this.findSensitiveWords(`${parts.title ?? ''}\n${parts.body}`);
    if (found.length) return { outcome: 'flagged', note: `命中敏感词：${found.join('、')}` };
    if (!this.wechatApplies(openid)) return { outcome: 'pass' };
    try {
      const result = await this.wechat.checkText(openid, parts.body, scene, parts.title);
      if (result.suggest === 'pass') return { outcome: 'pass' };
      return { outcome: 'flagged', note: `微信内容安全检测：${result.suggest === 'risky' ? '有风险' : '需人工复核'}（标签 ${result.label}）` };
    } catch (error) {
      if (error instanceof WechatUnavailableError || error instanceof WechatRejectedError) {
        this.logger.warn(`msgSecCheck not available: ${error.message}`);
        return { outcome: 'unavailable', note: '微信内容安全接口暂不可用，待人工审核' };
      }
      throw error;
    }
  }

  /** Starts WeChat's asynchronous image check; the verdicts arrive later at the message push endpoint. */
  async requestImageChecks(openid: string, images: { id: number; url: string }[], scene: ContentScene): Promise<{ traceId: string; mediaId: number }[] | null> {
    try {
      const traces: { traceId: string; mediaId: number }[] = [];
      for (const image of images) traces.push({ traceId: await this.wechat.checkImageAsync(openid, image.url, scene), mediaId: image.id });
      return traces;
    } catch (error) {
      if (error instanceof WechatUnavailableError || error instanceof WechatRejectedError) {
        this.logger.warn(`mediaCheckAsync not available: ${error.message}`);
        return null;
      }
      throw error;
    }
  }

  async findSensitiveWords(text: string): Promise<string[]> {
    const matcher = await this.load();
    if (!matcher.automaton) return [];
    const hits = matcher.automaton.search(normalizeForScreening(text)) as { patternIndex: number }[];
    return [...new Set(hits.map((hit) => matcher.words[hit.patternIndex]!))];
  }

  /** After an edit of the list in this instance: use it at once. */
  invalidate(): void {
    this.matcher = null;
  }

  private async load(): Promise<NonNullable<ContentScreeningService['matcher']>> {
    // A cache age, not business time: monotonic, and independent of a test's pinned clock.
    const now = performance.now();
    if (this.matcher && now - this.matcher.loadedAt < WORD_LIST_TTL_MS) return this.matcher;
    // One load in flight: a burst of first posts shares it.
    this.loading ??= this.repository
      .sensitiveWords()
      .then((rows) => {
        const words = [...new Set(rows.map((row) => normalizeForScreening(row.word)).filter(Boolean))];
        this.matcher = { words, automaton: words.length ? new AhoCorasick(words) : null, loadedAt: now };
        return this.matcher;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
