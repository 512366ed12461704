import { ApiRequestError, createApiClient, fetchTransport } from '@govopen/contracts';

const TOKEN_KEY = 'govopen.admin.token';

export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

const transport = fetchTransport('/api');

export const api = createApiClient({
  // A staff session ends on 401 wherever it happens: the token expired or the account changed.
  transport: async (request) => {
    const response = await transport(request);
    if (response.status === 401 && request.headers.authorization) {
      tokenStore.clear();
      window.dispatchEvent(new Event('govopen:signed-out'));
    }
    return response;
  },
  getToken: tokenStore.get,
});

export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return '网络异常，请检查网络后重试';
}
