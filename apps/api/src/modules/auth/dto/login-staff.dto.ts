import { StaffLoginRequest } from '@govopen/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginStaffDto implements StaffLoginRequest {
  @IsString({ message: '用户名必须是文字' })
  @IsNotEmpty({ message: '请输入用户名' })
  @MaxLength(40, { message: '用户名不超过 40 个字符' })
  username: string;

  @IsString({ message: '密码必须是文字' })
  @IsNotEmpty({ message: '请输入密码' })
  @MaxLength(128, { message: '密码不超过 128 个字符' })
  password: string;
}
