import { MessageBoard, MessageEscalation, MessageInboxQuery, MessageInboxQueue, SaveMessageSettings, StaffMessageAction, StaffMessageActionType } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { OptionalField } from '../../../common/optional-field';

const BOARDS = ['general', 'inquiry', 'suggestion', 'complaint', 'leader_mailbox'];

export const STAFF_MESSAGE_ACTIONS: StaffMessageActionType[] = [
  'approve_content',
  'reject_content',
  'assign',
  'claim',
  'reply',
  'transfer',
  'return',
  'extend',
  'urge',
  'invalidate',
  'publish',
  'unpublish',
];

export class ListMessageInboxDto extends PageQueryDto implements MessageInboxQuery {
  @OptionalField()
  @IsIn(['moderation', 'dispatching', 'open', 'answered', 'invalid', 'all'], { message: '不支持的队列 queue' })
  queue?: MessageInboxQueue;

  @OptionalField()
  @IsIn(BOARDS, { message: '留言板块 board 不正确' })
  board?: MessageBoard;

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '科室 unitId 必须是科室编号' })
  unitId?: number;

  @OptionalField()
  @IsIn(['on_track', 'due_soon', 'late', 'two_months', 'three_months'], { message: '预警级别 escalation 不正确' })
  escalation?: MessageEscalation;

  @OptionalField()
  @IsString({ message: '关键词 q 必须是文字' })
  @MaxLength(40, { message: '关键词 q 不超过 40 个字' })
  q?: string;
}

export class PerformMessageActionDto implements StaffMessageAction {
  @IsIn(STAFF_MESSAGE_ACTIONS, { message: '不支持的办理操作 type' })
  type: StaffMessageActionType;

  @OptionalField()
  @IsInt({ message: '科室 unitId 必须是科室编号' })
  unitId?: number;

  @OptionalField()
  @IsString({ message: '理由 reason 必须是文字' })
  @MaxLength(500, { message: '理由 reason 不超过 500 个字' })
  reason?: string;

  @OptionalField()
  @IsInt({ message: '延期天数 days 应为整数' })
  @Min(1, { message: '延期天数 days 至少 1 个工作日' })
  @Max(30, { message: '延期天数 days 最多 30 个工作日' })
  days?: number;

  @OptionalField()
  @IsString({ message: '答复内容 replyBody 必须是文字' })
  @MaxLength(5000, { message: '答复内容 replyBody 不超过 5000 个字' })
  replyBody?: string;
}

export class BoardSettingDto {
  @IsIn(BOARDS, { message: '留言板块 board 不正确' })
  board: MessageBoard;

  /** Read-only (what GET returned); accepted so a settings form can send back what it loaded. */
  @OptionalField()
  @IsString()
  name?: string;

  @IsInt({ message: '答复时限 replyWorkingDays 应为整数' })
  @Min(1, { message: '答复时限 replyWorkingDays 至少 1 个工作日' })
  @Max(60, { message: '答复时限 replyWorkingDays 最多 60 个工作日' })
  replyWorkingDays: number;

  @IsInt({ message: '提前提醒 remindWorkingDays 应为整数' })
  @Min(0, { message: '提前提醒 remindWorkingDays 不能为负数' })
  @Max(10, { message: '提前提醒 remindWorkingDays 最多 10 个工作日' })
  remindWorkingDays: number;
}

export class UnitKeywordsDto {
  @IsInt({ message: '科室 unitId 必须是科室编号' })
  unitId: number;

  @OptionalField()
  @IsString()
  unitName?: string;

  @IsArray({ message: '关键词 keywords 应为列表' })
  @ArrayMaxSize(100, { message: '每个科室最多 100 个关键词' })
  @IsString({ each: true, message: '关键词 keywords 必须是文字' })
  @MaxLength(30, { each: true, message: '每个关键词不超过 30 个字' })
  keywords: string[];
}

export class SaveMessageSettingsDto implements SaveMessageSettings {
  @IsArray({ message: '板块设置 boards 应为列表' })
  @ValidateNested({ each: true })
  @Type(() => BoardSettingDto)
  boards: BoardSettingDto[];

  @IsArray({ message: '敏感词 sensitiveWords 应为列表' })
  @ArrayMaxSize(5000, { message: '敏感词最多 5000 个' })
  @IsString({ each: true, message: '敏感词 sensitiveWords 必须是文字' })
  @MaxLength(50, { each: true, message: '每个敏感词不超过 50 个字' })
  sensitiveWords: string[];

  @IsArray({ message: '科室关键词 units 应为列表' })
  @ValidateNested({ each: true })
  @Type(() => UnitKeywordsDto)
  units: UnitKeywordsDto[];
}
