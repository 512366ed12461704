import { ReviewAction, ReviewRequest } from '@govopen/contracts';
import { IsIn, IsISO8601, IsString, MaxLength } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';

export class ReviewContentDto implements ReviewRequest {
  @IsIn(['submit', 'approve', 'return', 'publish', 'withdraw'], { message: '操作应为 提交审查、审查通过、退回修改、发布 或 撤回' })
  action: ReviewAction;

  @OptionalField()
  @IsString({ message: '意见必须是文字' })
  @MaxLength(1000, { message: '意见不超过 1000 字' })
  comment?: string;

  @OptionalField()
  @IsISO8601({ strict: true }, { message: '定时发布时间格式应为 ISO 8601，如 2024-10-08T09:00:00+08:00' })
  publishAt?: string;
}
