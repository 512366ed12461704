import { CreateMessage, MessageBoard, MessageStatsQuery, PublicMessageQuery, RateMessage } from '@govopen/contracts';
import { checkPhone } from '@govopen/domain';
import { PageQueryDto } from '../../../common/page-query.dto';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';

export const MESSAGE_TITLE_MAX = 60;
export const MESSAGE_BODY_MAX = 2000;
export const MESSAGE_IMAGES_MAX = 6;

/** Blank after trimming counts as missing: "   " is not a message. */
export function NotBlank(message: string) {
  return ValidateBy({ name: 'notBlank', validator: { validate: (value) => typeof value === 'string' && value.trim().length > 0, defaultMessage: () => message } });
}

export class CreateMessageDto implements CreateMessage {
  @IsIn(['general', 'inquiry', 'suggestion', 'complaint', 'leader_mailbox'], { message: '留言板块 board 应为 general（网民留言）、inquiry（咨询）、suggestion（建议）、complaint（投诉）或 leader_mailbox（领导信箱）' })
  board: MessageBoard;

  @IsString({ message: '标题 title 必须是文字' })
  @NotBlank('请填写标题 title')
  @MaxLength(MESSAGE_TITLE_MAX, { message: `标题 title 不超过 ${MESSAGE_TITLE_MAX} 个字` })
  title: string;

  @IsString({ message: '留言内容 body 必须是文字' })
  @NotBlank('请填写留言内容 body')
  @MaxLength(MESSAGE_BODY_MAX, { message: `留言内容 body 不超过 ${MESSAGE_BODY_MAX} 个字，请精简后再提交` })
  body: string;

  @IsBoolean({ message: '是否公开 public 应为 true 或 false' })
  public: boolean;

  @OptionalField()
  @IsString({ message: '问题分类 category 必须是文字' })
  @MaxLength(30, { message: '问题分类 category 不超过 30 个字' })
  category?: string;

  @OptionalField()
  @IsString({ message: '联系人 contactName 必须是文字' })
  @MaxLength(40, { message: '联系人 contactName 不超过 40 个字' })
  contactName?: string;

  @OptionalField()
  @IsString({ message: '联系电话 phone 必须是文字' })
  @ValidateBy({ name: 'phone', validator: { validate: (value) => typeof value === 'string' && (!value.trim() || checkPhone(value) === null), defaultMessage: () => '联系电话 phone 应为手机号或带区号的固定电话' } })
  phone?: string;

  @OptionalField()
  @IsArray({ message: '图片 imageIds 应为列表' })
  @ArrayMaxSize(MESSAGE_IMAGES_MAX, { message: `图片 imageIds 最多 ${MESSAGE_IMAGES_MAX} 张` })
  @IsInt({ each: true, message: '图片 imageIds 编号无效' })
  imageIds?: number[];

  @IsString({ message: '幂等键 idempotencyKey 必须是文字' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '幂等键 idempotencyKey 应为 8–64 位字母、数字、下划线或短横线' })
  idempotencyKey: string;
}

export class RateMessageDto implements RateMessage {
  @IsIn(['satisfied', 'basically_satisfied', 'dissatisfied'], { message: '评价 rating 应为 satisfied（满意）、basically_satisfied（基本满意）或 dissatisfied（不满意）' })
  rating: 'satisfied' | 'basically_satisfied' | 'dissatisfied';

  @OptionalField()
  @IsString({ message: '评价意见 comment 必须是文字' })
  @MaxLength(500, { message: '评价意见 comment 不超过 500 个字' })
  comment?: string;
}

export class ListPublicMessagesDto extends PageQueryDto implements PublicMessageQuery {
  @OptionalField()
  @IsIn(['general', 'inquiry', 'suggestion', 'complaint', 'leader_mailbox'], { message: '留言板块 board 不正确' })
  board?: MessageBoard;

  @OptionalField()
  @IsString({ message: '关键词 q 必须是文字' })
  @MaxLength(40, { message: '关键词 q 不超过 40 个字' })
  q?: string;

}

export class MessageStatsQueryDto implements MessageStatsQuery {
  @IsNotEmpty({ message: '请给出月份 month（YYYY-MM）' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份 month 格式应为 YYYY-MM，例如 2026-11' })
  month: string;
}
