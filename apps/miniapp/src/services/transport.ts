import Taro from '@tarojs/taro';
import { Transport } from '@govopen/contracts';

export const taroTransport: Transport = async ({ method, path, headers, body }) => {
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
