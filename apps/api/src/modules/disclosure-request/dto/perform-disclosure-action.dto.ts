import { DisclosureAction } from '@govopen/contracts';
import { ALL_OUTCOMES, REQUEST_ACTIONS, RequestAction, REVIEW_KIND_LABELS, REVIEW_RESULT_LABELS, ReviewKind, ReviewResult } from '@govopen/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsLocalDateString } from '../../../common/is-local-date-string';

const when = (...types: RequestAction[]) => ValidateIf((o: PerformDisclosureActionDto) => types.includes(o.type));

/** One body for every action: `type` names it, the other fields are required only where that action needs them. */
export class PerformDisclosureActionDto {
  // The action names are the domain's; contracts re-exports them as DisclosureActionType.
  @IsIn(REQUEST_ACTIONS, { message: '不支持的办理操作' })
  type: RequestAction;

  @ValidateIf((o: PerformDisclosureActionDto) => o.receivedDate !== undefined)
  @IsLocalDateString({ message: '收到申请的日期应为有效日期，格式 YYYY-MM-DD' })
  receivedDate?: string;

  @when('assign', 'transfer')
  @Type(() => Number)
  @IsInt({ message: '请选择承办科室' })
  unitId?: number;

  @ValidateIf((o: PerformDisclosureActionDto) => o.type === 'assign' && o.assistUnitIds !== undefined)
  @IsArray({ message: '协办科室必须是列表' })
  @ArrayMaxSize(5, { message: '协办科室最多 5 个' })
  @IsInt({ each: true, message: '协办科室必须是科室编号' })
  assistUnitIds?: number[];

  @when('transfer', 'set-deadline', 'extend', 'reject-extension')
  @IsString({ message: '请填写理由' })
  @MinLength(2, { message: '请填写理由' })
  @MaxLength(500, { message: '理由不超过 500 个字' })
  reason?: string;

  @when('request-supplement')
  @IsString({ message: '请写明需要补正的事项' })
  @MinLength(5, { message: '请一次性写明需要补正的全部事项（第三十条）' })
  @MaxLength(2000, { message: '补正事项不超过 2000 个字' })
  items?: string;

  @ValidateIf((o: PerformDisclosureActionDto) => ['request-supplement', 'set-deadline'].includes(o.type) || (o.type === 'request-reasons' && o.dueDate !== undefined))
  @IsLocalDateString({ message: '期限日期应为有效日期，格式 YYYY-MM-DD' })
  dueDate?: string;

  @ValidateIf(
    (o: PerformDisclosureActionDto) =>
      ['record-consultation-receipt', 'record-fee-receipt'].includes(o.type) || (['receive-supplement', 'record-consultation'].includes(o.type) && o.date !== undefined),
  )
  @IsLocalDateString({ message: '日期应为有效日期，格式 YYYY-MM-DD' })
  date?: string;

  @when('judge-reasons')
  @IsBoolean({ message: '请选择申请理由是否合理' })
  reasonable?: boolean;

  @when('consult')
  @IsIn(['third_party', 'agency'], { message: '请选择征求意见的对象类型（第三方或其他机关）' })
  party?: 'third_party' | 'agency';

  @when('consult')
  @IsString({ message: '请填写征求意见对象的名称' })
  @MinLength(2, { message: '请填写征求意见对象的名称' })
  @MaxLength(100, { message: '征求意见对象名称不超过 100 个字' })
  partyName?: string;

  @when('consult')
  @IsString({ message: '请写明征求意见的事项' })
  @MinLength(5, { message: '请写明征求意见的事项' })
  @MaxLength(2000, { message: '征求意见事项不超过 2000 个字' })
  question?: string;

  @when('record-consultation')
  @IsBoolean({ message: '请选择对方是否同意公开' })
  consent?: boolean;

  @when('record-consultation')
  @IsString({ message: '请填写对方意见' })
  @MinLength(2, { message: '请填写对方意见' })
  @MaxLength(2000, { message: '意见不超过 2000 个字' })
  opinion?: string;

  @when('notify-fee')
  @IsIn(['count', 'pages'], { message: '请选择收费方式（按件或按量），两者不能同时适用' })
  basis?: 'count' | 'pages';

  @ValidateIf((o: PerformDisclosureActionDto) => o.type === 'notify-fee' && o.basis === 'pages')
  @Type(() => Number)
  @IsInt({ message: '页数必须是整数' })
  @Min(1, { message: '页数至少为 1' })
  @Max(100000, { message: '页数过大' })
  pages?: number;

  @when('extend')
  @Type(() => Number)
  @IsInt({ message: '延长天数必须是整数' })
  @Min(1, { message: '延长期限至少 1 个工作日' })
  @Max(20, { message: '延长期限最长 20 个工作日（第三十三条）' })
  days?: number;

  @when('reply')
  @IsIn(ALL_OUTCOMES, { message: '请选择答复结果（年度报告中的一种办理结果）' })
  outcome?: string;

  @ValidateIf((o: PerformDisclosureActionDto) => o.type === 'reply' && o.referral !== undefined)
  @IsString({ message: '请填写告知的渠道、途径或负责公开的机关' })
  @MinLength(2, { message: '请填写告知的渠道、途径或负责公开的机关' })
  @MaxLength(200, { message: '告知内容不超过 200 个字' })
  referral?: string;

  @ValidateIf((o: PerformDisclosureActionDto) => o.type === 'reply' && o.referralContact !== undefined)
  @IsString({ message: '请填写负责公开的机关的联系方式' })
  @MinLength(5, { message: '请填写负责公开的机关的联系方式' })
  @MaxLength(200, { message: '联系方式不超过 200 个字' })
  referralContact?: string;

  @ValidateIf((o: PerformDisclosureActionDto) => ['supplementary-reply', 'request-reasons', 'judge-reasons'].includes(o.type) || o.note !== undefined)
  @IsString({ message: '请填写说明' })
  @MinLength(2, { message: '请填写说明' })
  @MaxLength(2000, { message: '说明不超过 2000 个字' })
  note?: string;

  @when('record-review')
  @IsIn(Object.keys(REVIEW_KIND_LABELS), { message: '请选择行政复议或行政诉讼类型' })
  kind?: ReviewKind;

  @when('record-review')
  @IsIn(Object.keys(REVIEW_RESULT_LABELS), { message: `请选择结果（${Object.values(REVIEW_RESULT_LABELS).join('、')}）` })
  result?: ReviewResult;
}

/**
 * The validated body as the contract's union. The `when` rules above require each variant's fields for its `type`,
 * and contract-shape.spec ties the class's fields to the union's, so the narrowing the service relies on holds.
 */
export function asDisclosureAction(body: PerformDisclosureActionDto): DisclosureAction {
  return body as DisclosureAction;
}
