import { CalculatorProfile, ENTERPRISE_SIZES, EnterpriseSize, POLICY_TOPICS, PolicyBenefitQuery, PolicyBenefitStatus, PolicyCalculatorRequest, PolicyConditions, PolicyTopic, SavePolicyBenefit, StaffPolicyBenefitQuery } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsObject, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsLocalDateString } from '../../../common/is-local-date-string';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';
import { PageQueryDto } from '../../../common/page-query.dto';
import { NotBlank } from '../../message/dto/create-message.dto';
import { IsIndustryCode, MAX_EMPLOYEES, MAX_WAN_YUAN } from './enterprise-profile.dto';

export class SavePolicyBenefitDto implements SavePolicyBenefit {
  @NullableField()
  @IsInt({ message: '政策文件 documentId 应为政策文件编号' })
  documentId?: number | null;

  @IsString({ message: '政策名称 title 必须是文字' })
  @NotBlank('请填写政策名称 title')
  @MaxLength(200, { message: '政策名称 title 不超过 200 个字' })
  title: string;

  @IsString({ message: '申报条件 applicationConditions 必须是文字' })
  @NotBlank('请填写申报条件 applicationConditions')
  @MaxLength(5000, { message: '申报条件 applicationConditions 不超过 5000 个字' })
  applicationConditions: string;

  @IsString({ message: '支持标准 supportStandard 必须是文字' })
  @NotBlank('请填写支持标准 supportStandard')
  @MaxLength(5000, { message: '支持标准 supportStandard 不超过 5000 个字' })
  supportStandard: string;

  @IsString({ message: '申报时间 applicationPeriod 必须是文字' })
  @NotBlank('请填写申报时间 applicationPeriod')
  @MaxLength(200, { message: '申报时间 applicationPeriod 不超过 200 个字' })
  applicationPeriod: string;

  @IsString({ message: '受理科室 acceptingUnit 必须是文字' })
  @NotBlank('请填写受理科室 acceptingUnit')
  @MaxLength(100, { message: '受理科室 acceptingUnit 不超过 100 个字' })
  acceptingUnit: string;

  @IsString({ message: '咨询电话 consultPhone 必须是文字' })
  @NotBlank('请填写咨询电话 consultPhone')
  @MaxLength(40, { message: '咨询电话 consultPhone 不超过 40 个字' })
  consultPhone: string;

  @IsArray({ message: '政策主题 topics 应为列表' })
  @ArrayMaxSize(POLICY_TOPICS.length, { message: `政策主题 topics 最多 ${POLICY_TOPICS.length} 个` })
  @IsIn(POLICY_TOPICS, { each: true, message: `政策主题 topics 应为 ${POLICY_TOPICS.join('、')} 之中的主题` })
  topics: PolicyTopic[];

  /** Checked in full by validatePolicyConditions (the error names the path inside). */
  @IsObject({ message: '适用条件 conditions 应为一个条件，如 { "kind": "all", "of": [ … ] }' })
  conditions: PolicyConditions;
}

export class ListPolicyBenefitsDto extends PageQueryDto implements PolicyBenefitQuery {
  @OptionalField()
  @IsString({ message: '主题 topic 必须是文字' })
  @MaxLength(20, { message: '主题 topic 不超过 20 个字' })
  topic?: string;

  @OptionalField()
  @IsString({ message: '关键词 q 必须是文字' })
  @MaxLength(40, { message: '关键词 q 不超过 40 个字' })
  q?: string;
}

export class ListStaffPolicyBenefitsDto extends ListPolicyBenefitsDto implements StaffPolicyBenefitQuery {
  @OptionalField()
  @IsIn(['draft', 'published'], { message: '状态 status 应为 draft（草稿）或 published（已发布）' })
  status?: PolicyBenefitStatus;
}

export class CalculatorProfileDto implements CalculatorProfile {
  @NullableField()
  @IsString({ message: '行业代码 profile.industryCode 必须是文字' })
  @IsIndustryCode()
  industryCode?: string | null;

  @NullableField()
  @IsIn(ENTERPRISE_SIZES, { message: '企业规模 profile.size 应为 large（大型）、medium（中型）、small（小型）或 micro（微型）' })
  size?: EnterpriseSize | null;

  @NullableField()
  @IsInt({ message: '从业人员 profile.employees 应为整数（人）' })
  @Min(0, { message: '从业人员 profile.employees 不能为负数' })
  @Max(MAX_EMPLOYEES, { message: '从业人员 profile.employees 数值过大，请核对' })
  employees?: number | null;

  @NullableField()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '营业收入 profile.revenueWanYuan 应为数字（万元）' })
  @Min(0, { message: '营业收入 profile.revenueWanYuan 不能为负数' })
  @Max(MAX_WAN_YUAN, { message: '营业收入 profile.revenueWanYuan 数值过大，请核对（单位：万元）' })
  revenueWanYuan?: number | null;

  @NullableField()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '资产总额 profile.assetsWanYuan 应为数字（万元）' })
  @Min(0, { message: '资产总额 profile.assetsWanYuan 不能为负数' })
  @Max(MAX_WAN_YUAN, { message: '资产总额 profile.assetsWanYuan 数值过大，请核对（单位：万元）' })
  assetsWanYuan?: number | null;

  @NullableField()
  @IsString({ message: '所在区（市）profile.district 必须是文字' })
  @MaxLength(50, { message: '所在区（市）profile.district 不超过 50 个字' })
  district?: string | null;

  @NullableField()
  @IsLocalDateString({ message: '成立日期 profile.foundedOn 应为有效日期，格式 YYYY-MM-DD' })
  foundedOn?: string | null;

  @NullableField()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '注册资本 profile.registeredCapitalWanYuan 应为数字（万元）' })
  @Min(0, { message: '注册资本 profile.registeredCapitalWanYuan 不能为负数' })
  @Max(MAX_WAN_YUAN, { message: '注册资本 profile.registeredCapitalWanYuan 数值过大，请核对（单位：万元）' })
  registeredCapitalWanYuan?: number | null;

  /** Names or { name, year }: each element is read by the service, which names the one at fault. */
  @NullableField()
  @IsArray({ message: '企业资质 profile.qualifications 应为列表' })
  @ArrayMaxSize(20, { message: '企业资质 profile.qualifications 最多 20 项' })
  qualifications?: (string | { name: string; year?: number | null })[] | null;
}

export class PolicyCalculatorRequestDto implements PolicyCalculatorRequest {
  // ValidateNested alone passes a missing profile: IsObject makes it required (and refuses null or a list).
  @IsObject({ message: '请填写企业信息 profile（可只填部分）' })
  @ValidateNested()
  @Type(() => CalculatorProfileDto)
  profile: CalculatorProfileDto;
}
