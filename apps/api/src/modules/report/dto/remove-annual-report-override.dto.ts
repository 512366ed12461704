import { RemoveAnnualReportOverrideQuery } from '@govopen/contracts';
import { IsString, MaxLength } from 'class-validator';

/** `DELETE …/overrides?cell=…`: the cell whose hand-set figure gives way to the computed one again. */
export class RemoveAnnualReportOverrideDto implements RemoveAnnualReportOverrideQuery {
  @IsString({ message: '单元格 cell 必须是文字，如 table3/三（一）/citizen' })
  @MaxLength(60, { message: '单元格 cell 不超过 60 个字符' })
  cell: string;
}
