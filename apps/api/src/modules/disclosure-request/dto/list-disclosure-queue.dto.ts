import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../common/page-query.dto';
import { IsIn, IsInt, IsOptional } from 'class-validator';

export class ListDisclosureQueueDto extends PageQueryDto {
  @IsOptional()
  @IsIn(['to_register', 'to_assign', 'in_progress', 'awaiting_supplement', 'consulting', 'extended', 'due_soon', 'overdue', 'closed', 'all'], {
    message: '不支持的队列',
  })
  queue?: 'to_register' | 'to_assign' | 'in_progress' | 'awaiting_supplement' | 'consulting' | 'extended' | 'due_soon' | 'overdue' | 'closed' | 'all';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '科室必须是科室编号' })
  unitId?: number;
}
