import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { WechatAccessTokenRepository } from './wechat-access-token.repository';

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

/** WeChat answered, and said no (bad or used code, wrong appid…). */
export class WechatRejectedError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`wechat errcode ${errcode}: ${errmsg}`);
  }
}

/** WeChat could not be reached or answered nonsense: worth retrying later, never the user's fault. */
export class WechatUnavailableError extends Error {}

/** -1, "system busy": WeChat answered that it did nothing this time. */
export class WechatBusyError extends WechatUnavailableError {}

/**
 * The request left but no answer came (a timeout, the connection cut): WeChat may have acted on it. Reads retry
 * this like any unavailability; a send must not, since a resend could reach the person twice.
 */
export class WechatOutcomeUnknownError extends WechatUnavailableError {}

/** Errors that prove the request never reached WeChat: nothing can have been delivered. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

const HTTP_AGENT = new http.Agent({ keepAlive: true, maxSockets: 128 });
const HTTPS_AGENT = new https.Agent({ keepAlive: true, maxSockets: 128 });

const TIMEOUT_MS = 5000;
/** Refresh the access token this long before WeChat says it expires (it lives 7200 s). */
const TOKEN_MARGIN_MS = 300_000;

/** WeChat's verdict on user content (security.msgSecCheck v2 / mediaCheckAsync result). */
export type ContentSuggestion = 'pass' | 'review' | 'risky';

export interface TextCheckResult {
  suggest: ContentSuggestion;
  /** WeChat's label code: 100 normal, 10001 advertising, 20001 politics, 20002 porn, 20003 abuse, … */
  label: number;
}

/** msgSecCheck scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 1 | 2 | 3 | 4;

/** `subscribeMessage.send`: one message to one person under one template. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** The mini-program page the message opens, without a leading slash, query allowed. */
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'developer' | 'trial' | 'formal';
}

/**
 * The only code that talks to api.weixin.qq.com. The base URL comes from config so tests point it at a local fake
 * of WeChat's endpoints.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger('WechatClient');

  private token: { value: string; expiresAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: WechatAccessTokenRepository,
  ) {}

  /** Subscribe messages go out only for a configured mini-program (the H5 build has no WeChat users). */
  get subscribeAvailable(): boolean {
    return Boolean(this.config.wechat.appId && this.config.wechat.appSecret);
  }

  /**
   * subscribeMessage.send. Resolves when WeChat accepted the message; throws WechatRejectedError with WeChat's code
   * (the caller judges it) or WechatUnavailableError when nothing can be known to have been delivered.
   */
  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    await this.postWithToken('/cgi-bin/message/subscribe/send', {
      touser: message.touser,
      template_id: message.templateId,
      page: message.page,
      data: message.data,
      miniprogram_state: message.miniprogramState,
      lang: 'zh_CN',
    });
  }

  /** Content checks run only for mini-program users of a configured app: WeChat checks content against an openid. */
  get contentCheckAvailable(): boolean {
    return Boolean(this.config.wechat.appId && this.config.wechat.appSecret);
  }

  /** security.msgSecCheck (v2): text checked in the context of the user who wrote it. */
  async checkText(openid: string, content: string, scene: ContentScene, title?: string): Promise<TextCheckResult> {
    const body = await this.postWithToken('/wxa/msg_sec_check', { content, version: 2, scene, openid, ...(title ? { title } : {}) });
    const result = body.result as { suggest?: unknown; label?: unknown } | undefined;
    const suggest = result?.suggest;
    if (suggest !== 'pass' && suggest !== 'review' && suggest !== 'risky') throw new WechatUnavailableError('no verdict in answer');
    return { suggest, label: typeof result?.label === 'number' ? result.label : 0 };
  }

  /** security.mediaCheckAsync (v2): WeChat fetches the image and posts its verdict later, keyed by the trace id returned. */
  async checkImageAsync(openid: string, mediaUrl: string, scene: ContentScene): Promise<string> {
    const body = await this.postWithToken('/wxa/media_check_async', { media_url: mediaUrl, media_type: 2, version: 2, scene, openid });
    if (typeof body.trace_id !== 'string' || !body.trace_id) throw new WechatUnavailableError('no trace_id in answer');
    return body.trace_id;
  }

  /**
   * The access token from getStableAccessToken (cgi-bin/stable_token, normal mode: every caller gets the same token
   * while it is valid, so instances never invalidate each other's), kept in memory and in the database for the
   * other instances. Real time, not the Clock: the token lives 7,200 real seconds whatever a test pins.
   */
  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    // One request in flight: concurrent sends share it instead of each fetching one.
    this.tokenRequest ??= (async () => {
      try {
        const { apiBase, appId, appSecret } = this.config.wechat;
        const stored = await this.tokens.read(appId);
        if (stored && stored.expiresAt.getTime() > Date.now()) {
          this.token = { value: stored.token, expiresAt: stored.expiresAt.getTime() };
          return stored.token;
        }
        const body = await this.postJson(`${apiBase}/cgi-bin/stable_token`, { grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: false });
        if (typeof body.access_token !== 'string' || !body.access_token) {
          throw new WechatUnavailableError(`no access token (errcode ${String(body.errcode ?? '?')})`);
        }
        const lifetime = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 7_200_000;
        const expiresAt = Date.now() + Math.max(lifetime - TOKEN_MARGIN_MS, 60_000);
        this.token = { value: body.access_token, expiresAt };
        await this.tokens.save(appId, body.access_token, new Date(expiresAt), new Date());
        return body.access_token;
      } finally {
        this.tokenRequest = null;
      }
    })();
    return this.tokenRequest;
  }

  /** Drops a token WeChat called invalid, unless a concurrent caller already replaced it. */
  private async forgetToken(token: string): Promise<void> {
    if (this.token?.value === token) this.token = null;
    await this.tokens.forget(this.config.wechat.appId, token);
  }

  private async postWithToken(path: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.accessToken();
      const body = await this.postJson(`${this.config.wechat.apiBase}${path}?access_token=${encodeURIComponent(token)}`, payload);
      const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
      // 40001 / 42001: the token was replaced or expired early; fetch a new one once.
      if ((errcode === 40001 || errcode === 42001) && attempt === 0) {
        await this.forgetToken(token);
        continue;
      }
      if (errcode === 0) return body;
      if (errcode === -1) throw new WechatBusyError('wechat busy');
      throw new WechatRejectedError(errcode, String(body.errmsg ?? ''));
    }
  }

  private postJson(url: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.exchange('POST', url, JSON.stringify(payload));
  }

  /**
   * One HTTP exchange with WeChat on a kept-alive connection (node:http: a delivery run makes thousands of calls, and
   * fetch's per-call streams and abort signals cost more CPU than the call itself). A refused or unresolvable
   * connection never reached WeChat; a timeout, a cut connection or a garbled answer after the request left might
   * have been acted on.
   */
  private exchange(method: 'GET' | 'POST', url: string, body?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = (secure ? https : http).request(
        target,
        {
          method,
          agent: secure ? HTTPS_AGENT : HTTP_AGENT,
          timeout: TIMEOUT_MS,
          headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', () => reject(new WechatOutcomeUnknownError('answer cut off')));
          response.on('end', () => {
            // A gateway error (5xx) comes before WeChat handles the call.
            if ((response.statusCode ?? 0) >= 300) return reject(new WechatUnavailableError(`http ${response.statusCode}`));
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
            } catch {
              reject(new WechatOutcomeUnknownError('not json'));
            }
          });
        },
      );
      request.on('timeout', () => request.destroy(new WechatOutcomeUnknownError('no answer in time')));
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof WechatUnavailableError) return reject(error);
        this.logger.warn(`wechat unreachable: ${error.message}`);
        reject(error.code && NOT_SENT_CODES.has(error.code) ? new WechatUnavailableError('unreachable') : new WechatOutcomeUnknownError('connection lost'));
      });
      request.end(body);
    });
  }

  /** wx.login code → openid (auth.code2Session). The session_key is not kept: nothing here decrypts user data yet. */
  async code2Session(code: string): Promise<WechatSession> {
    const { apiBase, appId, appSecret } = this.config.wechat;
    const query = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' });
    const body = await this.getJson(`${apiBase}/sns/jscode2session?${query}`);
    const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
    if (errcode !== 0) {
      // -1 is WeChat's "system busy": transient.
      if (errcode === -1) throw new WechatUnavailableError('wechat busy');
      throw new WechatRejectedError(errcode, String(body.errmsg ?? ''));
    }
    if (typeof body.openid !== 'string' || !body.openid) throw new WechatUnavailableError('no openid in answer');
    return { openid: body.openid, unionid: typeof body.unionid === 'string' ? body.unionid : null };
  }

  private getJson(url: string): Promise<Record<string, unknown>> {
    return this.exchange('GET', url);
  }
}
