import { ReturnAnnualReport } from '@govopen/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReturnAnnualReportDto implements ReturnAnnualReport {
  @IsString({ message: '退回意见 comment 必须是文字' })
  @IsNotEmpty({ message: '退回修改须写明意见 comment' })
  @MaxLength(1000, { message: '退回意见 comment 不超过 1000 个字符' })
  comment: string;
}
