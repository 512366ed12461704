import { ApiRequestError, createApiClient } from '@govopen/contracts';
import { renewSession } from './session';
import { tokenStore } from './token-store';
import { taroTransport } from './transport';

export const api = createApiClient({ transport: taroTransport, getToken: tokenStore.get, renewSession });

export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return '网络不太顺畅，请稍后再试';
}
