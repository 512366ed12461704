import { OverrideAnnualReportCell } from '@govopen/contracts';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class OverrideAnnualReportCellDto implements OverrideAnnualReportCell {
  @IsString({ message: '单元格 cell 必须是文字，如 table3/三（一）/citizen' })
  @MaxLength(60, { message: '单元格 cell 不超过 60 个字符' })
  cell: string;

  @IsInt({ message: '人工核定的数字 value 应为整数' })
  @Min(0, { message: '人工核定的数字 value 不能为负数' })
  @Max(9_999_999, { message: '人工核定的数字 value 不超过 9999999' })
  value: number;

  @IsString({ message: '核定理由 reason 必须是文字' })
  @IsNotEmpty({ message: '请写明人工核定的理由 reason' })
  @MaxLength(500, { message: '核定理由 reason 不超过 500 个字符' })
  reason: string;
}
