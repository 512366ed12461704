import { StaffRole, UpdateStaffRequest } from '@govopen/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';

export class UpdateStaffDto implements UpdateStaffRequest {
  @OptionalField()
  @IsString({ message: '姓名必须是文字' })
  @IsNotEmpty({ message: '姓名不能为空' })
  @Matches(/\S/, { message: '姓名不能为空白' })
  @MaxLength(40, { message: '姓名不超过 40 个字符' })
  displayName?: string;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsInt({ message: '所属科室必须是科室编号' })
  unitId?: number | null;

  @OptionalField()
  @IsArray({ message: '角色必须是列表' })
  @ArrayMinSize(1, { message: '至少选择一个角色' })
  @ArrayMaxSize(5, { message: '角色最多 5 个' })
  @IsEnum(StaffRole, { each: true, message: '角色不存在' })
  roles?: StaffRole[];

  @OptionalField()
  @IsBoolean({ message: '启用状态必须是 true 或 false' })
  active?: boolean;

  @OptionalField()
  @IsBoolean({ message: '解锁必须是 true 或 false' })
  unlock?: boolean;

  @OptionalField()
  @IsString({ message: '新密码必须是文字' })
  @MaxLength(128, { message: '新密码不超过 128 个字符' })
  password?: string;
}
