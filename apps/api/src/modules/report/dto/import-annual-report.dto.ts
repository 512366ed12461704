import { ImportAnnualReport } from '@govopen/contracts';
import { IsInt, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class ImportAnnualReportDto implements ImportAnnualReport {
  @IsInt({ message: '年度 year 应为四位整数，如 2017' })
  year: number;

  @IsString({ message: '标题 title 必须是文字' })
  @IsNotEmpty({ message: '请填写报告标题 title' })
  @MaxLength(200, { message: '标题 title 不超过 200 个字符' })
  title: string;

  @IsString({ message: '公开日期 publishedOn 必须是文字' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '公开日期 publishedOn 格式应为 YYYY-MM-DD，如 2018-03-30' })
  publishedOn: string;

  @IsString({ message: '报告全文 text 必须是文字' })
  @IsNotEmpty({ message: '请粘贴报告全文 text' })
  // Well under MySQL's MEDIUMTEXT, in bytes: a long report is some 30,000 characters.
  @MaxLength(200000, { message: '报告全文 text 不超过 200000 个字符' })
  text: string;
}
