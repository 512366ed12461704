import Taro from '@tarojs/taro';
import { ApiRequestError, createApiClient, Transport } from '@govopen/contracts';

const TOKEN_KEY = 'govopen.resident.token';

export const tokenStore = {
  get: (): string | null => Taro.getStorageSync<string>(TOKEN_KEY) || null,
  set: (token: string) => Taro.setStorageSync(TOKEN_KEY, token),
  clear: () => Taro.removeStorageSync(TOKEN_KEY),
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

export const api = createApiClient({ transport: taroTransport, getToken: tokenStore.get });

export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return '网络不太顺畅，请稍后再试';
}
