import { CreateDisclosureRequest, CreateDisclosureRequestOnBehalf, GiveReasonsRequest, MAX_ATTACHMENTS, SupplementDisclosureRequest } from '@govopen/contracts';
import { checkCreditCode, checkEmail, checkPhone, checkPostcode, checkResidentId, chinaDateOf } from '@govopen/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsString, Matches, MaxLength, MinLength, ValidateBy, ValidateIf, ValidateNested, ValidationOptions } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';
import { IsLocalDateString } from '../../../common/is-local-date-string';

/** A class-validator rule from a domain check that answers a Chinese reason or null. */
function Check(name: string, check: (value: string) => string | null, options?: ValidationOptions) {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && check(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' ? check(args.value) : null) ?? '格式不正确',
      },
    },
    options,
  );
}

/** GB 11643 check digit and birth date when the document is a 居民身份证; other documents only by length. */
function IsIdNumber() {
  const check = (value: unknown, object: object) =>
    (object as ApplicantDto).idType !== 'resident_id' || typeof value !== 'string'
      ? null
      : checkResidentId(value, chinaDateOf(new Date()));
  return ValidateBy({
    name: 'idNumber',
    validator: {
      validate: (value, args) => check(value, args!.object) === null,
      defaultMessage: (args) => check(args!.value, args!.object) ?? '证件号码不正确',
    },
  });
}

export class ApplicantDto {
  @IsIn(['citizen', 'organization'], { message: '申请人类型应为公民或法人或其他组织' })
  type: 'citizen' | 'organization';

  @IsString({ message: '申请人名称必须是文字' })
  @IsNotEmpty({ message: '请填写申请人姓名或名称' })
  @MaxLength(100, { message: '申请人姓名或名称不超过 100 个字符' })
  name: string;

  @IsString({ message: '联系电话必须是文字' })
  @Check('phone', checkPhone)
  phone: string;

  @IsString({ message: '通信地址必须是文字' })
  @IsNotEmpty({ message: '请填写通信地址' })
  @MaxLength(200, { message: '通信地址不超过 200 个字符' })
  address: string;

  @OptionalField()
  @IsString({ message: '邮政编码必须是文字' })
  @Check('postcode', checkPostcode)
  postcode?: string;

  @OptionalField()
  @IsString({ message: '电子邮箱必须是文字' })
  @Check('email', checkEmail)
  email?: string;

  // 公民
  @ValidateIf((o: ApplicantDto) => o.type === 'citizen')
  @IsIn(['resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other'], { message: '请选择证件类型' })
  idType?: 'resident_id' | 'passport' | 'hk_macau_permit' | 'taiwan_permit' | 'other';

  @ValidateIf((o: ApplicantDto) => o.type === 'citizen')
  @IsString({ message: '请填写证件号码' })
  @MinLength(5, { message: '证件号码过短' })
  @MaxLength(30, { message: '证件号码过长' })
  @IsIdNumber()
  idNumber?: string;

  @OptionalField()
  @IsString({ message: '工作单位必须是文字' })
  @MaxLength(100, { message: '工作单位不超过 100 个字符' })
  workUnit?: string;

  // 法人或其他组织
  @ValidateIf((o: ApplicantDto) => o.type === 'organization')
  @IsIn(['business', 'research', 'public_interest', 'legal_service', 'other'], { message: '请选择组织类型' })
  organizationKind?: 'business' | 'research' | 'public_interest' | 'legal_service' | 'other';

  @ValidateIf((o: ApplicantDto) => o.type === 'organization')
  @IsString({ message: '请填写统一社会信用代码' })
  @Check('creditCode', checkCreditCode)
  creditCode?: string;

  @ValidateIf((o: ApplicantDto) => o.type === 'organization')
  @IsString({ message: '请填写法定代表人' })
  @IsNotEmpty({ message: '请填写法定代表人' })
  @MaxLength(50, { message: '法定代表人不超过 50 个字符' })
  legalRepresentative?: string;

  @ValidateIf((o: ApplicantDto) => o.type === 'organization')
  @IsString({ message: '请填写联系人' })
  @IsNotEmpty({ message: '请填写联系人' })
  @MaxLength(50, { message: '联系人不超过 50 个字符' })
  contactName?: string;
}

// The applicant is one class for both kinds (its rules switch on `type`), which no class can declare as the contract's
// union: every other field is tied to the contract here.
export class CreateDisclosureRequestDto implements Omit<CreateDisclosureRequest, 'applicant'> {
  @IsString({ message: '幂等键 idempotencyKey 必须是文字' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '幂等键 idempotencyKey 应为 8–64 位字母、数字、下划线或短横线' })
  idempotencyKey: string;

  // ValidateNested alone passes a missing applicant: IsObject makes it required (and refuses null or a list).
  @IsObject({ message: '请填写申请人信息 applicant' })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant: ApplicantDto;

  @IsString({ message: '所需信息名称必须是文字' })
  @IsNotEmpty({ message: '请填写所需政府信息的名称' })
  @MaxLength(200, { message: '所需信息名称不超过 200 个字符' })
  title: string;

  @OptionalField()
  @IsString({ message: '文号必须是文字' })
  @MaxLength(100, { message: '文号不超过 100 个字符' })
  documentNumber?: string;

  @IsString({ message: '所需信息的描述必须是文字' })
  @MinLength(10, { message: '请用至少 10 个字描述所需信息（内容、时间、范围等），以便我们准确查找' })
  @MaxLength(2000, { message: '所需信息的描述不超过 2000 个字' })
  description: string;

  @OptionalField()
  @IsString({ message: '用途必须是文字' })
  @MaxLength(500, { message: '用途不超过 500 个字' })
  purpose?: string;

  @IsIn(['paper', 'email', 'disc', 'disk'], { message: '请选择信息的提供方式（纸质、电子邮件、光盘、磁盘）' })
  provisionMethod: 'paper' | 'email' | 'disc' | 'disk';

  @IsIn(['post', 'express', 'email', 'fax', 'pickup', 'on_site'], { message: '请选择信息的获取方式' })
  deliveryMethod: 'post' | 'express' | 'email' | 'fax' | 'pickup' | 'on_site';

  @IsBoolean({ message: '请确认承诺' })
  @Equals(true, { message: '请阅读并确认申请内容真实的承诺' })
  pledge: boolean;

  @OptionalField()
  @IsArray({ message: '附件应为已上传文件编号的列表' })
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `附件最多 ${MAX_ATTACHMENTS} 个` })
  @IsInt({ each: true, message: '附件编号应为整数' })
  attachmentIds?: number[];
}

/** Staff entering a paper, mail, fax or walk-in application for the applicant (代为填写, Art. 29). */
export class CreateDisclosureRequestOnBehalfDto extends CreateDisclosureRequestDto implements Omit<CreateDisclosureRequestOnBehalf, 'applicant'> {
  @IsIn(['in_person', 'mail', 'fax'], { message: '请选择申请渠道（当面、邮寄、传真）' })
  channel: 'in_person' | 'mail' | 'fax';

  @IsLocalDateString({ message: '收到申请的日期应为有效日期，格式 YYYY-MM-DD' })
  receivedDate: string;
}

export class SupplementDisclosureRequestDto implements SupplementDisclosureRequest {
  @IsString({ message: '补正内容必须是文字' })
  @MinLength(5, { message: '请填写补正的内容（至少 5 个字）' })
  @MaxLength(2000, { message: '补正内容不超过 2000 个字' })
  content: string;

  @OptionalField()
  @IsArray({ message: '附件应为已上传文件编号的列表' })
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `附件最多 ${MAX_ATTACHMENTS} 个` })
  @IsInt({ each: true, message: '附件编号应为整数' })
  attachmentIds?: number[];
}

/** Art. 35: the applicant's reasons for the number or frequency of their requests. */
export class GiveReasonsDto implements GiveReasonsRequest {
  @IsString({ message: '说明理由必须是文字' })
  @MinLength(5, { message: '请说明申请的理由（至少 5 个字）' })
  @MaxLength(2000, { message: '说明理由不超过 2000 个字' })
  content: string;
}
