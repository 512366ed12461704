import Taro from '@tarojs/taro';
import { ResidentTokenResponse } from '@govopen/contracts';

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
