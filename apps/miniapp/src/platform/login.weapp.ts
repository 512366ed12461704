import Taro from '@tarojs/taro';
import { ApiClient } from '@govopen/contracts';

export async function platformLogin(api: ApiClient): Promise<string> {
  const { code } = await Taro.login();
  const { token } = await api.auth.wechat(code);
  return token;
}
