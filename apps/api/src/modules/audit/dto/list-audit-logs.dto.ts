import { IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { OptionalField } from '../../../common/optional-field';

export class ListAuditLogsDto extends PageQueryDto {
  @OptionalField()
  @IsString({ message: '操作人必须是文字' })
  @MaxLength(40, { message: '操作人不超过 40 个字符' })
  actorName?: string;

  @OptionalField()
  @IsString({ message: '操作类型必须是文字' })
  @MaxLength(60, { message: '操作类型不超过 60 个字符' })
  action?: string;

  @OptionalField()
  @IsString({ message: '对象类型必须是文字' })
  @MaxLength(40, { message: '对象类型不超过 40 个字符' })
  targetType?: string;

  @OptionalField()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '开始日期格式应为 YYYY-MM-DD' })
  from?: string;

  @OptionalField()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '结束日期格式应为 YYYY-MM-DD' })
  to?: string;
}
