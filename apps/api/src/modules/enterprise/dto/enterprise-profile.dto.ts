import {
  BindEnterprise,
  ChangeEnterpriseMemberRole,
  EnterpriseBindingQuery,
  EnterpriseDistricts,
  EnterpriseMemberRole,
  EnterpriseMemberStatus,
  EnterpriseProfileInput,
  EnterpriseQualificationInput,
  EnterpriseVerificationDecision,
  POLICY_TOPICS,
  PolicyTopic,
  RejectEnterpriseBinding,
  SaveEnterpriseSubscription,
  StaffEnterpriseQuery,
  UpdateEnterprise,
} from '@govopen/contracts';
import { checkCreditCode, checkPhone } from '@govopen/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsString, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { IsLocalDateString } from '../../../common/is-local-date-string';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';
import { PageQueryDto } from '../../../common/page-query.dto';
import { NotBlank } from '../../message/dto/create-message.dto';
import { normalizeIndustryCode } from '../normalize-industry-code';
import { qualificationKindOf } from '../qualification-kind-of';

/** Largest figures taken: beyond them a typo, not an enterprise (万元: 1 万亿元). */
export const MAX_EMPLOYEES = 10_000_000;
export const MAX_WAN_YUAN = 100_000_000;

/** GB/T 4754-2017: a 门类 letter, a 大类 or finer digits, or the letter and digits together. */
export function IsIndustryCode(): PropertyDecorator {
  return ValidateBy({
    name: 'isIndustryCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.length <= 12 && normalizeIndustryCode(value) !== null,
      defaultMessage: (args) => `行业代码 industryCode“${String(args?.value ?? '').slice(0, 12)}”不是 GB/T 4754-2017 的行业代码，应为门类字母（如 C）或行业大类代码（如 39、C39）`,
    },
  });
}

export class QualificationInputDto implements EnterpriseQualificationInput {
  @IsString({ message: '资质名称 qualifications.name 必须是文字' })
  @MaxLength(30, { message: '资质名称 qualifications.name 不超过 30 个字' })
  @ValidateBy({
    name: 'isQualification',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && qualificationKindOf(value) !== null,
      defaultMessage: (args) =>
        `未知的企业资质“${String(args?.value ?? '').slice(0, 30)}”，应为 高新技术企业、科技型中小企业、创新型中小企业、专精特新中小企业、专精特新“小巨人”企业、制造业单项冠军企业 之一`,
    },
  })
  name: string;

  @IsInt({ message: '资质认定年份 qualifications.year 应为整数年份' })
  @Min(1980, { message: '资质认定年份 qualifications.year 不早于 1980 年' })
  @Max(2100, { message: '资质认定年份 qualifications.year 不正确' })
  year: number;
}

export class EnterpriseProfileDto implements EnterpriseProfileInput {
  @IsString({ message: '企业名称 name 必须是文字' })
  @NotBlank('请填写企业名称 name')
  @MaxLength(100, { message: '企业名称 name 不超过 100 个字' })
  name: string;

  @IsString({ message: '法定代表人 legalRepresentative 必须是文字' })
  @NotBlank('请填写法定代表人 legalRepresentative')
  @MaxLength(40, { message: '法定代表人 legalRepresentative 不超过 40 个字' })
  legalRepresentative: string;

  @IsString({ message: '行业代码 industryCode 必须是文字' })
  @IsIndustryCode()
  industryCode: string;

  @IsInt({ message: '从业人员 employees 应为整数（人）' })
  @Min(0, { message: '从业人员 employees 不能为负数' })
  @Max(MAX_EMPLOYEES, { message: '从业人员 employees 数值过大，请核对' })
  employees: number;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '营业收入 revenueWanYuan 应为数字（万元）' })
  @Min(0, { message: '营业收入 revenueWanYuan 不能为负数' })
  @Max(MAX_WAN_YUAN, { message: '营业收入 revenueWanYuan 数值过大，请核对（单位：万元）' })
  revenueWanYuan: number;

  @NullableField()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '资产总额 assetsWanYuan 应为数字（万元）' })
  @Min(0, { message: '资产总额 assetsWanYuan 不能为负数' })
  @Max(MAX_WAN_YUAN, { message: '资产总额 assetsWanYuan 数值过大，请核对（单位：万元）' })
  assetsWanYuan?: number | null;

  @IsString({ message: '所在区（市）district 必须是文字' })
  @NotBlank('请选择所在区（市）district')
  @MaxLength(50, { message: '所在区（市）district 不超过 50 个字' })
  district: string;

  @IsLocalDateString({ message: '成立日期 foundedOn 应为有效日期，格式 YYYY-MM-DD' })
  foundedOn: string;

  @NullableField()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '注册资本 registeredCapitalWanYuan 应为数字（万元）' })
  @Min(0, { message: '注册资本 registeredCapitalWanYuan 不能为负数' })
  @Max(MAX_WAN_YUAN, { message: '注册资本 registeredCapitalWanYuan 数值过大，请核对（单位：万元）' })
  registeredCapitalWanYuan?: number | null;

  @OptionalField()
  @IsArray({ message: '企业资质 qualifications 应为列表' })
  @ArrayMaxSize(20, { message: '企业资质 qualifications 最多 20 项' })
  @ValidateNested({ each: true })
  @Type(() => QualificationInputDto)
  qualifications?: QualificationInputDto[];
}

export class BindEnterpriseDto extends EnterpriseProfileDto implements BindEnterprise {
  @IsString({ message: '统一社会信用代码 creditCode 必须是文字' })
  @ValidateBy({
    name: 'isCreditCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && checkCreditCode(value) === null,
      defaultMessage: (args) => `统一社会信用代码 creditCode 有误：${checkCreditCode(String(args?.value ?? ''))}`,
    },
  })
  creditCode: string;

  @NullableField()
  @IsInt({ message: '证明材料 evidenceFileId 应为上传后得到的文件编号' })
  evidenceFileId?: number | null;

  @NullableField()
  @IsString({ message: '联系人 contactName 必须是文字' })
  @MaxLength(40, { message: '联系人 contactName 不超过 40 个字' })
  contactName?: string | null;

  @NullableField()
  @IsString({ message: '联系电话 contactPhone 必须是文字' })
  @ValidateBy({ name: 'phone', validator: { validate: (value) => typeof value === 'string' && (!value.trim() || checkPhone(value) === null), defaultMessage: () => '联系电话 contactPhone 应为手机号或带区号的固定电话' } })
  contactPhone?: string | null;
}

export class UpdateEnterpriseDto extends EnterpriseProfileDto implements UpdateEnterprise {
  @OptionalField()
  @IsInt({ message: '版本 version 应为整数' })
  @Min(1, { message: '版本 version 从 1 开始' })
  version?: number;
}

export class SaveSubscriptionDto implements SaveEnterpriseSubscription {
  @IsArray({ message: '订阅主题 topics 应为列表' })
  @ArrayMaxSize(POLICY_TOPICS.length, { message: `订阅主题 topics 最多 ${POLICY_TOPICS.length} 个` })
  @IsIn(POLICY_TOPICS, { each: true, message: `订阅主题 topics 应为 ${POLICY_TOPICS.join('、')} 之中的主题` })
  topics: PolicyTopic[];

  @IsBoolean({ message: '免打扰 muted 应为 true 或 false' })
  muted: boolean;
}

const MEMBER_STATUSES: EnterpriseMemberStatus[] = ['pending', 'verified', 'rejected', 'left'];

export class ListBindingsDto extends PageQueryDto implements EnterpriseBindingQuery {
  @OptionalField()
  @IsIn(MEMBER_STATUSES, { message: '审核状态 status 应为 pending、verified、rejected 或 left' })
  status?: EnterpriseMemberStatus;
}

export class RejectBindingDto implements RejectEnterpriseBinding {
  @IsString({ message: '不通过的理由 reason 必须是文字' })
  @NotBlank('请填写不通过的理由 reason，申请人会看到')
  @MaxLength(500, { message: '不通过的理由 reason 不超过 500 个字' })
  reason: string;
}

export class VerificationDecisionDto implements EnterpriseVerificationDecision {
  @IsBoolean({ message: '审核结果 approved 应为 true（通过）或 false（不通过）' })
  approved: boolean;

  @NullableField()
  @IsString({ message: '理由 reason 必须是文字' })
  @MaxLength(500, { message: '理由 reason 不超过 500 个字' })
  reason?: string | null;

  @NullableField()
  @IsInt({ message: '成员 memberId 应为成员编号' })
  memberId?: number | null;
}

export class ListEnterprisesDto extends PageQueryDto implements StaffEnterpriseQuery {
  @OptionalField()
  @IsString({ message: '关键词 q 必须是文字' })
  @MaxLength(40, { message: '关键词 q 不超过 40 个字' })
  q?: string;

  @OptionalField()
  @IsString({ message: '所在区（市）district 必须是文字' })
  @MaxLength(50, { message: '所在区（市）district 不超过 50 个字' })
  district?: string;
}

export class SaveDistrictsDto implements EnterpriseDistricts {
  @IsArray({ message: '区（市）列表 districts 应为列表' })
  @ArrayMinSize(1, { message: '区（市）列表 districts 至少要有一项：企业绑定时要从中选择所在区（市）' })
  @ArrayMaxSize(100, { message: '区（市）列表 districts 最多 100 项' })
  @IsString({ each: true, message: '区（市）名称 districts 必须是文字' })
  @ValidateBy({ name: 'notBlank', validator: { validate: (value) => typeof value === 'string' && value.trim().length > 0 } }, { each: true, message: '区（市）名称 districts 不能为空' })
  @MaxLength(50, { each: true, message: '区（市）名称 districts 每项不超过 50 个字' })
  districts: string[];
}

const MEMBER_ROLES: EnterpriseMemberRole[] = ['admin', 'member'];

export class ChangeMemberRoleDto implements ChangeEnterpriseMemberRole {
  @IsIn(MEMBER_ROLES, { message: '角色 role 应为 admin（管理员）或 member（成员）' })
  role: EnterpriseMemberRole;
}
