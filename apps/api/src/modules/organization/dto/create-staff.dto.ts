import { CreateStaffRequest, StaffRole } from '@govopen/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

export class CreateStaffDto implements CreateStaffRequest {
  @IsString({ message: '用户名必须是文字' })
  @Matches(/^[a-z][a-z0-9_.-]{2,39}$/, { message: '用户名应为 3–40 位小写字母、数字、下划线、点或短横线，以字母开头' })
  username: string;

  @IsString({ message: '姓名必须是文字' })
  @IsNotEmpty({ message: '请填写姓名' })
  @Matches(/\S/, { message: '姓名不能为空白' })
  @MaxLength(40, { message: '姓名不超过 40 个字符' })
  displayName: string;

  @IsString({ message: '初始密码必须是文字' })
  @IsNotEmpty({ message: '请设置初始密码' })
  @MaxLength(128, { message: '初始密码不超过 128 个字符' })
  password: string;

  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: '所属科室必须是科室编号' })
  unitId: number | null;

  @IsArray({ message: '角色必须是列表' })
  @ArrayMinSize(1, { message: '至少选择一个角色' })
  @ArrayMaxSize(5, { message: '角色最多 5 个' })
  @IsEnum(StaffRole, { each: true, message: '角色不存在' })
  roles: StaffRole[];
}
