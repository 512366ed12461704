import { platformLogin } from '../platform/login';
import { api, tokenStore } from './api';

let signingIn: Promise<string> | null = null;

/** A resident token, signing in first when there is none; concurrent callers share one sign-in. */
export function ensureSignedIn(): Promise<string> {
  const token = tokenStore.get();
  if (token) return Promise.resolve(token);
  signingIn ??= platformLogin(api)
    .then((fresh) => {
      tokenStore.set(fresh);
      return fresh;
    })
    .finally(() => {
      signingIn = null;
    });
  return signingIn;
}

export function signOut(): void {
  tokenStore.clear();
}
