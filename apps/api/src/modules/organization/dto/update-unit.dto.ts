import { UpdateUnitRequest } from '@govopen/contracts';
import { IsBoolean, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';

export class UpdateUnitDto implements UpdateUnitRequest {
  @OptionalField()
  @IsString({ message: '科室名称必须是文字' })
  @IsNotEmpty({ message: '科室名称不能为空' })
  @Matches(/\S/, { message: '科室名称不能为空白' })
  @MaxLength(60, { message: '科室名称不超过 60 个字符' })
  name?: string;

  @OptionalField()
  @IsString({ message: '科室编码必须是文字' })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: '科室编码应为 1–40 位字母、数字、下划线或短横线' })
  code?: string;

  @ValidateIf((_, value) => value !== undefined && value !== null && value !== '')
  @IsString({ message: '联系电话必须是文字' })
  @Matches(/^[0-9+\-() ]{5,40}$/, { message: '联系电话格式不正确' })
  phone?: string | null;

  @OptionalField()
  @IsInt({ message: '排序必须是整数' })
  @Min(0, { message: '排序不能小于 0' })
  @Max(9999, { message: '排序不能大于 9999' })
  sortOrder?: number;

  @OptionalField()
  @IsBoolean({ message: '启用状态必须是 true 或 false' })
  active?: boolean;
}
