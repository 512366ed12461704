import { DisclosureQueueQuery } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../common/page-query.dto';
import { IsIn, IsInt } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';

export class ListDisclosureQueueDto extends PageQueryDto implements DisclosureQueueQuery {
  @OptionalField()
  @IsIn(['to_register', 'to_assign', 'in_progress', 'awaiting_supplement', 'consulting', 'extended', 'due_soon', 'overdue', 'closed', 'all'], {
    message: '不支持的队列',
  })
  queue?: 'to_register' | 'to_assign' | 'in_progress' | 'awaiting_supplement' | 'consulting' | 'extended' | 'due_soon' | 'overdue' | 'closed' | 'all';

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '科室必须是科室编号' })
  unitId?: number;
}
