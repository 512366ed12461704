import { AuditLogQuery } from '@govopen/contracts';
import { IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { OptionalField } from '../../../common/optional-field';
import { IsLocalDateString } from '../../../common/is-local-date-string';

export class ListAuditLogsDto extends PageQueryDto implements AuditLogQuery {
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
  @IsLocalDateString({ message: '开始日期应为有效日期，格式 YYYY-MM-DD' })
  from?: string;

  @OptionalField()
  @IsLocalDateString({ message: '结束日期应为有效日期，格式 YYYY-MM-DD' })
  to?: string;
}
