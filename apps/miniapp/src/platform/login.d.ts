import { ApiClient, ResidentTokenResponse } from '@govopen/contracts';

/** Signs the resident in the platform's way and answers a GovOpen token: wx.login on weapp, dev login on H5. */
export function platformLogin(api: ApiClient): Promise<ResidentTokenResponse>;
