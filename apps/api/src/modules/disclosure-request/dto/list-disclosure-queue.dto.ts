import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListDisclosureQueueDto {
  @IsOptional()
  @IsIn(['to_register', 'to_assign', 'in_progress', 'awaiting_supplement', 'consulting', 'extended', 'due_soon', 'overdue', 'closed', 'all'], {
    message: '不支持的队列',
  })
  queue?: 'to_register' | 'to_assign' | 'in_progress' | 'awaiting_supplement' | 'consulting' | 'extended' | 'due_soon' | 'overdue' | 'closed' | 'all';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '科室必须是科室编号' })
  unitId?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '页码必须是整数' })
  @Min(1, { message: '页码从 1 开始' })
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数必须是整数' })
  @Min(1, { message: '每页条数至少为 1' })
  @Max(100, { message: '每页条数最多 100' })
  pageSize?: number;
}
