import { DisclosureAttribute, PolicyValidity, SavePolicy } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, MaxLength, MinLength } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';
import { IsLocalDateString } from '../../../common/is-local-date-string';

export class SavePolicyDto implements SavePolicy {
  @IsString({ message: '标题必须是文字' })
  @MinLength(4, { message: '标题至少 4 个字' })
  @MaxLength(200, { message: '标题不超过 200 个字' })
  title: string;

  @NullableField()
  @IsString({ message: '文号必须是文字' })
  @MaxLength(60, { message: '文号不超过 60 个字' })
  documentNumber?: string | null;

  @IsString({ message: '请填写发文机关' })
  @MinLength(2, { message: '请填写发文机关' })
  @MaxLength(100, { message: '发文机关不超过 100 个字' })
  issuingBody: string;

  @NullableField()
  @IsString({ message: '索引号必须是文字' })
  @MaxLength(60, { message: '索引号不超过 60 个字' })
  indexNumber?: string | null;

  @NullableField()
  @IsLocalDateString({ message: '成文日期应为有效日期，格式 YYYY-MM-DD' })
  writtenDate?: string | null;

  @NullableField()
  @Type(() => Number)
  @IsInt({ message: '目录节点编号无效' })
  catalogNodeId?: number | null;

  @OptionalField()
  @IsIn(['valid', 'expired', 'repealed'], { message: '效力状态应为 有效、失效 或 废止' })
  validity?: PolicyValidity;

  @NullableField()
  @Type(() => Number)
  @IsInt({ message: '替代文件编号无效' })
  replacedById?: number | null;

  @OptionalField()
  @IsIn(['proactive', 'on_request', 'not_public'], { message: '公开属性应为 主动公开、依申请公开 或 不予公开' })
  disclosureAttribute?: DisclosureAttribute;

  @IsString({ message: '请填写正文' })
  @MinLength(1, { message: '请填写正文' })
  @MaxLength(2_000_000, { message: '正文过长（超过 200 万字符）' })
  bodyHtml: string;

  @OptionalField()
  @IsArray({ message: '主题标签应为列表' })
  @ArrayMaxSize(20, { message: '主题标签最多 20 个' })
  @IsString({ each: true, message: '主题标签必须是文字' })
  @MaxLength(20, { each: true, message: '每个主题标签不超过 20 个字' })
  topicTags?: string[];

  @OptionalField()
  @IsArray({ message: '企业标签应为列表' })
  @ArrayMaxSize(20, { message: '企业标签最多 20 个' })
  @IsString({ each: true, message: '企业标签必须是文字' })
  @MaxLength(20, { each: true, message: '每个企业标签不超过 20 个字' })
  enterpriseTags?: string[];

  @OptionalField()
  @IsArray({ message: '附件应为文件编号列表' })
  @ArrayMaxSize(30, { message: '附件最多 30 个' })
  @IsInt({ each: true, message: '附件编号无效' })
  attachmentIds?: number[];

  @OptionalField()
  @IsBoolean({ message: '是否需要解读应为 true 或 false' })
  needsInterpretation?: boolean;
}
