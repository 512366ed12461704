import { isLocalDate } from '@govopen/domain';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { NotBlank } from '../../message/dto/create-message.dto';

/** YYYY-MM-DD naming a day that exists (no 2 月 30 日). */
function CalendarDate(message: string) {
  return ValidateBy({ name: 'calendarDate', validator: { validate: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isLocalDate(value), defaultMessage: () => message } });
}

export class SaveConsultationDto {
  @IsString({ message: '标题 title 必须是文字' })
  @NotBlank('请填写标题 title')
  @MaxLength(200, { message: '标题 title 不超过 200 个字' })
  title: string;

  @IsString({ message: '草案全文 draft 必须是文字' })
  @NotBlank('请填写草案全文 draft')
  @MaxLength(100_000, { message: '草案全文 draft 不超过 10 万字' })
  draft: string;

  @IsString({ message: '起草说明 explanation 必须是文字' })
  @NotBlank('请填写起草说明 explanation')
  @MaxLength(50_000, { message: '起草说明 explanation 不超过 5 万字' })
  explanation: string;

  @CalendarDate('开始日期 startDate 应为 YYYY-MM-DD 格式的有效日期')
  startDate: string;

  @CalendarDate('截止日期 endDate 应为 YYYY-MM-DD 格式的有效日期')
  endDate: string;

  @IsOptional()
  @IsString({ message: '征求期少于 30 日的理由 shortWindowReason 必须是文字' })
  @MaxLength(500, { message: '理由 shortWindowReason 不超过 500 个字' })
  shortWindowReason?: string;

  @IsOptional()
  @IsInt({ message: '起草科室 unitId 必须是科室编号' })
  unitId?: number;

  @IsOptional()
  @IsArray({ message: '附件 attachmentIds 应为列表' })
  @ArrayMaxSize(10, { message: '附件 attachmentIds 最多 10 个' })
  @IsInt({ each: true, message: '附件 attachmentIds 编号无效' })
  attachmentIds?: number[];
}

export class CreateConsultationCommentDto {
  @IsString({ message: '意见内容 body 必须是文字' })
  @NotBlank('请填写意见内容 body')
  @MaxLength(3000, { message: '意见内容 body 不超过 3000 个字' })
  body: string;

  @IsOptional()
  @IsString({ message: '条款 articleNumber 必须是文字' })
  @MaxLength(20, { message: '条款 articleNumber 不正确' })
  articleNumber?: string;

  @IsString({ message: '幂等键 idempotencyKey 必须是文字' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '幂等键 idempotencyKey 应为 8–64 位字母、数字、下划线或短横线' })
  idempotencyKey: string;
}

export class ModerateCommentDto {
  @IsIn(['approved', 'rejected'], { message: '审核结果 status 应为 approved 或 rejected' })
  status: 'approved' | 'rejected';

  @IsOptional()
  @IsString({ message: '审核意见 note 必须是文字' })
  @MaxLength(500, { message: '审核意见 note 不超过 500 个字' })
  note?: string;
}

export class DecideCommentDto {
  @IsIn(['adopted', 'partially_adopted', 'not_adopted'], { message: '采纳情况 decision 应为 adopted、partially_adopted 或 not_adopted' })
  decision: 'adopted' | 'partially_adopted' | 'not_adopted';

  @IsOptional()
  @IsString({ message: '理由 reason 必须是文字' })
  @MaxLength(1000, { message: '理由 reason 不超过 1000 个字' })
  reason?: string;
}

export class RecordDecisionDto {
  @CalendarDate('决策日期 decisionDate 应为 YYYY-MM-DD 格式的有效日期')
  decisionDate: string;
}

export class WindowRuleQueryDto {
  @CalendarDate('开始日期 startDate 应为 YYYY-MM-DD 格式的有效日期')
  startDate: string;
}

export class PublishAdoptionDto {
  @IsString({ message: '采纳情况说明 summary 必须是文字' })
  @NotBlank('请填写采纳情况说明 summary')
  @MaxLength(20_000, { message: '采纳情况说明 summary 不超过 2 万字' })
  summary: string;
}
