import { DISCLOSURE_QUEUE_LABELS, DisclosureQueue, DisclosureQueueCountsQuery, DisclosureQueueQuery } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, MaxLength } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';
import { PageQueryDto } from '../../../common/page-query.dto';

export class DisclosureQueueCountsDto implements DisclosureQueueCountsQuery {
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '科室必须是科室编号' })
  unitId?: number;

  @OptionalField()
  @IsString({ message: '搜索词 q 必须是文字' })
  @MaxLength(50, { message: '搜索词 q 不超过 50 个字' })
  q?: string;
}

export class ListDisclosureQueueDto extends PageQueryDto implements DisclosureQueueQuery {
  @OptionalField()
  @IsIn(Object.keys(DISCLOSURE_QUEUE_LABELS), { message: '不支持的队列' })
  queue?: DisclosureQueue;

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '科室必须是科室编号' })
  unitId?: number;

  @OptionalField()
  @IsString({ message: '搜索词 q 必须是文字' })
  @MaxLength(50, { message: '搜索词 q 不超过 50 个字' })
  q?: string;
}
