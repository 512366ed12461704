import { WechatLoginRequest } from '@govopen/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginWechatDto implements WechatLoginRequest {
  @IsString({ message: '微信登录凭证 code 必须是文字' })
  @IsNotEmpty({ message: '缺少微信登录凭证 code' })
  @MaxLength(128, { message: '微信登录凭证 code 过长' })
  code: string;
}
