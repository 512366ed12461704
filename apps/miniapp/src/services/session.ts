import { createApiClient } from '@govopen/contracts';
import { platformLogin } from '../platform/login';
import { tokenStore } from './token-store';
import { taroTransport } from './transport';

let renewing: Promise<string> | null = null;
// Signing in and renewing need no token: a client of their own, so this module does not import services/api.
const signInClient = createApiClient({ transport: taroTransport, getToken: () => null });

/**
 * A fresh resident access token: the stored one while it lasts, else renewed with the refresh token, else a new
 * sign-in (wx.login on weapp, dev login on H5). Concurrent callers share one renewal.
 */
export function ensureSignedIn(): Promise<string> {
  const token = tokenStore.get();
  if (token && !tokenStore.stale()) return Promise.resolve(token);
  renewing ??= renew().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renew(): Promise<string> {
  const refreshToken = tokenStore.refreshToken();
  if (refreshToken) {
    try {
      const session = await signInClient.auth.refresh(refreshToken);
      tokenStore.set(session);
      return session.token;
    } catch {
      // Expired or revoked: sign in again below.
    }
  }
  tokenStore.clear();
  const session = await platformLogin(signInClient);
  tokenStore.set(session);
  return session.token;
}

/** After a 401: drop the access token and renew; answers whether the request is worth retrying. */
export async function renewSession(): Promise<boolean> {
  tokenStore.set({ token: '', refreshToken: tokenStore.refreshToken() ?? '', expiresIn: 0 });
  try {
    await ensureSignedIn();
    return true;
  } catch {
    return false;
  }
}

export function signOut(): void {
  tokenStore.clear();
}
