import { UpdateCatalogNode } from '@govopen/contracts';
import { ArrayMaxSize, IsArray, IsInt, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';
import { IsLocalDateString } from '../../../common/is-local-date-string';

export class UpdateCatalogNodeDto implements UpdateCatalogNode {
  @OptionalField()
  @IsString({ message: '栏目名称必须是文字' })
  @MinLength(2, { message: '栏目名称至少 2 个字' })
  @MaxLength(100, { message: '栏目名称不超过 100 个字' })
  name?: string;

  @NullableField()
  @IsString({ message: '公开形式必须是文字' })
  @MaxLength(200, { message: '公开形式不超过 200 个字' })
  channel?: string | null;

  @NullableField()
  @IsString({ message: '栏目内容必须是文字' })
  @MaxLength(5000, { message: '栏目内容不超过 5000 字' })
  content?: string | null;

  @NullableField()
  @IsString({ message: '更新时限必须是文字' })
  @MaxLength(200, { message: '更新时限不超过 200 个字' })
  updateRule?: string | null;

  @NullableField()
  @IsString({ message: '公开依据必须是文字' })
  @MaxLength(5000, { message: '公开依据不超过 5000 字' })
  legalBasis?: string | null;

  @OptionalField()
  @IsArray({ message: '责任科室应为科室编号列表' })
  @ArrayMaxSize(20, { message: '责任科室最多 20 个' })
  @IsInt({ each: true, message: '科室编号无效' })
  unitIds?: number[];

  @NullableField()
  @ValidateIf((o: UpdateCatalogNodeDto) => o.pendingEventDate !== null)
  @IsLocalDateString({ message: '事件日期应为有效日期，格式 YYYY-MM-DD' })
  pendingEventDate?: string | null;
}
