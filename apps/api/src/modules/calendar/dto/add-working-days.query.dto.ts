import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { MAX_WORKING_DAYS } from '@govopen/domain';

export class AddWorkingDaysQueryDto {
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '起算日期 from 的格式应为 YYYY-MM-DD' })
  from: string;

  @Type(() => Number)
  @IsInt({ message: '工作日天数 days 必须是整数' })
  @Min(0, { message: '工作日天数 days 不能为负数' })
  @Max(MAX_WORKING_DAYS, { message: `工作日天数 days 不能超过 ${MAX_WORKING_DAYS}` })
  days: number;
}
