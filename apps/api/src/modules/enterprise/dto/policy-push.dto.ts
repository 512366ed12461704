import { ComposePolicyPush, DecidePolicyPush, POLICY_PUSH_BODY_MAX, POLICY_PUSH_SUMMARY_MAX, POLICY_PUSH_TITLE_MAX, PolicyPushAudienceRequest, PolicyPushQuery, PolicyPushStatus } from '@govopen/contracts';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsString, MaxLength, ValidateBy } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';
import { PageQueryDto } from '../../../common/page-query.dto';
import { NotBlank } from '../../message/dto/create-message.dto';

/** WeChat counts characters (code points), not UTF-16 units: an emoji is one. */
function AtMostCharacters(max: number, what: string): PropertyDecorator {
  return ValidateBy({
    name: 'atMostCharacters',
    constraints: [max],
    validator: {
      validate: (value: unknown) => typeof value === 'string' && Array.from(value.trim()).length <= max,
      defaultMessage: (args) => `${what}不超过 ${max} 个字（微信订阅消息字段上限），现为 ${Array.from(String(args?.value ?? '').trim()).length} 个字`,
    },
  });
}

export class PushAudienceDto implements PolicyPushAudienceRequest {
  @IsInt({ message: '惠企政策 benefitId 应为政策编号' })
  benefitId: number;

  @OptionalField()
  @IsBoolean({ message: '包含需核实的企业 includeCheck 应为 true 或 false' })
  includeCheck?: boolean;
}

export class ComposePolicyPushDto extends PushAudienceDto implements ComposePolicyPush {
  @IsString({ message: '推送标题 title 必须是文字' })
  @NotBlank('请填写推送标题 title')
  @AtMostCharacters(POLICY_PUSH_TITLE_MAX, '推送标题 title ')
  title: string;

  @IsString({ message: '温馨提示 summary 必须是文字' })
  @NotBlank('请填写温馨提示 summary')
  @AtMostCharacters(POLICY_PUSH_SUMMARY_MAX, '温馨提示 summary ')
  summary: string;

  @NullableField()
  @IsString({ message: '推送正文 body 必须是文字' })
  @MaxLength(POLICY_PUSH_BODY_MAX, { message: `推送正文 body 不超过 ${POLICY_PUSH_BODY_MAX} 个字` })
  body?: string | null;

  @NullableField()
  @IsISO8601({ strict: true }, { message: '定时发送时间 scheduledAt 格式应为 ISO 8601，如 2026-11-24T09:00:00+08:00' })
  scheduledAt?: string | null;
}

export class DecidePolicyPushDto implements DecidePolicyPush {
  @IsBoolean({ message: '审核结果 approved 应为 true（通过）或 false（退回）' })
  approved: boolean;

  @NullableField()
  @IsString({ message: '退回理由 reason 必须是文字' })
  @MaxLength(500, { message: '退回理由 reason 不超过 500 个字' })
  reason?: string | null;
}

const STATUSES: PolicyPushStatus[] = ['submitted', 'returned', 'approved', 'sending', 'sent', 'cancelled'];

export class ListPolicyPushesDto extends PageQueryDto implements PolicyPushQuery {
  @OptionalField()
  @IsIn(STATUSES, { message: `状态 status 应为 ${STATUSES.join('、')} 之一` })
  status?: PolicyPushStatus;
}
