import Taro from '@tarojs/taro';
import { ApiRequestError, createApiClient, ResidentTokenResponse, Transport } from '@govopen/contracts';
import { renewSession } from './session';

const TOKEN_KEY = 'govopen.resident.token';
const REFRESH_KEY = 'govopen.resident.refresh';
const EXPIRES_KEY = 'govopen.resident.expires';
/** Renew a minute early, so a request does not leave with a token that expires on the way. */
const EARLY_MS = 60_000;

/** The resident's session on this device: a two-hour access token and the refresh token that renews it. */
export const tokenStore = {
  get: (): string | null => Taro.getStorageSync<string>(TOKEN_KEY) || null,
  refreshToken: (): string | null => Taro.getStorageSync<string>(REFRESH_KEY) || null,
  /** True when the access token is missing or about to expire (by this device's clock; the server decides anyway). */
  stale: (): boolean => !Taro.getStorageSync<string>(TOKEN_KEY) || Number(Taro.getStorageSync<number>(EXPIRES_KEY) || 0) - EARLY_MS < Date.now(),
  set: (session: ResidentTokenResponse) => {
    Taro.setStorageSync(TOKEN_KEY, session.token);
    Taro.setStorageSync(REFRESH_KEY, session.refreshToken);
    Taro.setStorageSync(EXPIRES_KEY, Date.now() + session.expiresIn * 1000);
  },
  clear: () => {
    Taro.removeStorageSync(TOKEN_KEY);
    Taro.removeStorageSync(REFRESH_KEY);
    Taro.removeStorageSync(EXPIRES_KEY);
  },
};

const taroTransport: Transport = async ({ method, path, headers, body }) => {
  const response = await Taro.request({
    url: `${API_BASE}${path}`,
    method,
    header: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    data: body,
    dataType: 'json',
    timeout: 15000,
  });
  return { status: response.statusCode, data: response.data };
};

// renewSession is called only after a 401, long after both modules have loaded.
export const api = createApiClient({ transport: taroTransport, getToken: tokenStore.get, renewSession: () => renewSession() });

export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return '网络不太顺畅，请稍后再试';
}
