import Taro from '@tarojs/taro';
import { ApiClient, ResidentTokenResponse } from '@govopen/contracts';

const DEVICE_KEY = 'govopen.h5.device';

/**
 * The H5 build has no wx.login: it uses the API's dev login, which exists only where config enables it
 * (npm start does; production does not). Each browser keeps one id so a resident finds their own data again.
 */
export async function platformLogin(api: ApiClient): Promise<ResidentTokenResponse> {
  const options = await api.auth.options();
  if (!options.devLogin) throw new Error('网页版暂不支持登录，请在微信小程序中使用');
  let device = Taro.getStorageSync<string>(DEVICE_KEY);
  if (!device) {
    device = `h5-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    Taro.setStorageSync(DEVICE_KEY, device);
  }
  return api.auth.devLogin(device);
}
