import { DevLoginRequest } from '@govopen/contracts';
import { IsString, Matches } from 'class-validator';

export class LoginDevDto implements DevLoginRequest {
  @IsString({ message: 'openid 必须是文字' })
  @Matches(/^[A-Za-z0-9_-]{1,60}$/, { message: 'openid 应为 1–60 位字母、数字、下划线或短横线' })
  openid: string;
}
