import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

/** WeChat answered, and said no (bad or used code, wrong appid…). */
export class WechatRejectedError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`wechat errcode ${errcode}: ${errmsg}`);
  }
}

/** WeChat could not be reached or answered nonsense: worth retrying later, never the user's fault. */
export class WechatUnavailableError extends Error {}

const TIMEOUT_MS = 5000;

/**
 * The only code that talks to api.weixin.qq.com. The base URL comes from config so tests point it at a local fake
 * of WeChat's endpoints.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger('WechatClient');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

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

  private async getJson(url: string): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      this.logger.warn(`wechat unreachable: ${(error as Error).message}`);
      throw new WechatUnavailableError('unreachable');
    }
    if (!response.ok) throw new WechatUnavailableError(`http ${response.status}`);
    try {
      return (await response.json()) as Record<string, unknown>;
    } catch {
      throw new WechatUnavailableError('not json');
    }
  }
}
