import { CreateConsultationComment, DecideComment, ModerateComment, PublishAdoption, RecordDecision, SaveConsultation, WindowRuleQuery } from '@govopen/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Matches, MaxLength } from 'class-validator';
import { NotBlank } from '../../message/dto/create-message.dto';
import { OptionalField } from '../../../common/optional-field';
import { IsLocalDateString } from '../../../common/is-local-date-string';

export class SaveConsultationDto implements SaveConsultation {
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

  @IsLocalDateString({ message: '开始日期 startDate 应为有效日期，格式 YYYY-MM-DD' })
  startDate: string;

  @IsLocalDateString({ message: '截止日期 endDate 应为有效日期，格式 YYYY-MM-DD' })
  endDate: string;

  @OptionalField()
  @IsString({ message: '征求期少于 30 日的理由 shortWindowReason 必须是文字' })
  @MaxLength(500, { message: '理由 shortWindowReason 不超过 500 个字' })
  shortWindowReason?: string;

  @OptionalField()
  @IsInt({ message: '起草科室 unitId 必须是科室编号' })
  unitId?: number;

  @OptionalField()
  @IsArray({ message: '附件 attachmentIds 应为列表' })
  @ArrayMaxSize(10, { message: '附件 attachmentIds 最多 10 个' })
  @IsInt({ each: true, message: '附件 attachmentIds 编号无效' })
  attachmentIds?: number[];
}

export class CreateConsultationCommentDto implements CreateConsultationComment {
  @IsString({ message: '意见内容 body 必须是文字' })
  @NotBlank('请填写意见内容 body')
  @MaxLength(3000, { message: '意见内容 body 不超过 3000 个字' })
  body: string;

  @OptionalField()
  @IsString({ message: '条款 articleNumber 必须是文字' })
  @MaxLength(20, { message: '条款 articleNumber 不正确' })
  articleNumber?: string;

  @IsString({ message: '幂等键 idempotencyKey 必须是文字' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '幂等键 idempotencyKey 应为 8–64 位字母、数字、下划线或短横线' })
  idempotencyKey: string;
}

export class ModerateCommentDto implements ModerateComment {
  @IsIn(['approved', 'rejected'], { message: '审核结果 status 应为 approved 或 rejected' })
  status: 'approved' | 'rejected';

  @OptionalField()
  @IsString({ message: '审核意见 note 必须是文字' })
  @MaxLength(500, { message: '审核意见 note 不超过 500 个字' })
  note?: string;
}

export class DecideCommentDto implements DecideComment {
  @IsIn(['adopted', 'partially_adopted', 'not_adopted'], { message: '采纳情况 decision 应为 adopted、partially_adopted 或 not_adopted' })
  decision: 'adopted' | 'partially_adopted' | 'not_adopted';

  @OptionalField()
  @IsString({ message: '理由 reason 必须是文字' })
  @MaxLength(1000, { message: '理由 reason 不超过 1000 个字' })
  reason?: string;
}

export class RecordDecisionDto implements RecordDecision {
  @IsLocalDateString({ message: '决策日期 decisionDate 应为有效日期，格式 YYYY-MM-DD' })
  decisionDate: string;
}

export class WindowRuleQueryDto implements WindowRuleQuery {
  @IsLocalDateString({ message: '开始日期 startDate 应为有效日期，格式 YYYY-MM-DD' })
  startDate: string;
}

export class PublishAdoptionDto implements PublishAdoption {
  @IsString({ message: '采纳情况说明 summary 必须是文字' })
  @NotBlank('请填写采纳情况说明 summary')
  @MaxLength(20_000, { message: '采纳情况说明 summary 不超过 2 万字' })
  summary: string;
}
