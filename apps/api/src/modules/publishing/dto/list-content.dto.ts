import { CONTENT_STATUS_LABELS, ContentStatus, INTERPRETATION_FORMS, InterpretationForm, InterpretationQuery, PolicyQuery, PolicyValidity, SearchQuery, StaffContentQuery } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { OptionalField } from '../../../common/optional-field';

export class ListStaffContentDto extends PageQueryDto implements StaffContentQuery {
  @OptionalField()
  @IsIn(Object.keys(CONTENT_STATUS_LABELS), { message: '状态无效' })
  status?: ContentStatus;

  @OptionalField()
  @IsString()
  @MaxLength(50, { message: '关键词不超过 50 个字' })
  q?: string;
}

export class ListPoliciesDto extends PageQueryDto implements PolicyQuery {
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '目录节点编号无效' })
  catalogNodeId?: number;

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(1949, { message: '年份无效' })
  @Max(2100, { message: '年份无效' })
  year?: number;

  @OptionalField()
  @IsString()
  @MaxLength(100, { message: '发文机关不超过 100 个字' })
  issuingBody?: string;

  @OptionalField()
  @IsIn(['valid', 'expired', 'repealed'], { message: '效力状态应为 valid、expired 或 repealed' })
  validity?: PolicyValidity;

  @OptionalField()
  @IsString()
  @MaxLength(20, { message: '企业标签不超过 20 个字' })
  enterpriseTag?: string;
}

export class ListInterpretationsDto extends PageQueryDto implements InterpretationQuery {
  @OptionalField()
  @IsIn(INTERPRETATION_FORMS, { message: `解读形式应为 ${INTERPRETATION_FORMS.join('、')} 之一` })
  form?: InterpretationForm;

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '政策编号无效' })
  policyId?: number;
}

export class SearchDto extends ListPoliciesDto implements SearchQuery {
  @IsString({ message: '请输入搜索词' })
  @MaxLength(50, { message: '搜索词不超过 50 个字' })
  q: string;

  @OptionalField()
  @IsIn(['policy', 'interpretation'], { message: '类型应为 policy 或 interpretation' })
  type?: 'policy' | 'interpretation';

  @OptionalField()
  @IsIn(INTERPRETATION_FORMS, { message: `解读形式应为 ${INTERPRETATION_FORMS.join('、')} 之一` })
  form?: InterpretationForm;
}
