import { RefreshTokenRequest } from '@govopen/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefreshTokenDto implements RefreshTokenRequest {
  @IsString({ message: '刷新凭证 refreshToken 必须是文字' })
  @IsNotEmpty({ message: '缺少刷新凭证 refreshToken' })
  @MaxLength(2000, { message: '刷新凭证 refreshToken 过长' })
  refreshToken: string;
}
