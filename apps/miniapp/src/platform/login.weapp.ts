import Taro from '@tarojs/taro';
import { ApiClient, ResidentTokenResponse } from '@govopen/contracts';

export async function platformLogin(api: ApiClient): Promise<ResidentTokenResponse> {
  const { code } = await Taro.login();
  return api.auth.wechat(code);
}
