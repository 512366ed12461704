import { ChangePasswordRequest } from '@govopen/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString({ message: '当前密码必须是文字' })
  @IsNotEmpty({ message: '请输入当前密码' })
  @MaxLength(128, { message: '当前密码不超过 128 个字符' })
  currentPassword: string;

  @IsString({ message: '新密码必须是文字' })
  @IsNotEmpty({ message: '请输入新密码' })
  @MaxLength(128, { message: '新密码不超过 128 个字符' })
  newPassword: string;
}
