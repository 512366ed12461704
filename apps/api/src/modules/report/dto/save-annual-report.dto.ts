import { applyDecorators } from '@nestjs/common';
import { AnnualReportSections, ReportingBodyKind, SaveAnnualReport, Table2, Table2AmountRow, Table2DecisionsRow, Table2DocumentsRow } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNumber, IsObject, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

/** A part's text: room for the longest narrative of the seeds' reports (some 6,000 字) several times over. */
const SECTION_MAX = 20_000;
const SOURCE_MAX = 200;
/** No agency decides ten million of anything in a year: a larger figure is a typing slip. */
const COUNT_MAX = 9_999_999;

function SectionText(section: string): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `第${section}部分的内容必须是文字` }),
    MaxLength(SECTION_MAX, { message: `第${section}部分不超过 ${SECTION_MAX} 个字符` }),
  );
}

/**
 * Present, and null while not yet entered: the row always carries all its figures (the contract types them
 * `number | null`), so a left-out figure is refused rather than stored as missing.
 */
const PresentOrNull = () => ValidateIf((_object: object, value: unknown) => value !== null);

/** A figure of table 二: a whole number, or null while not yet entered. */
function Count(name: string): PropertyDecorator {
  return applyDecorators(
    PresentOrNull(),
    IsInt({ message: `${name}应为整数（未填写时为 null）` }),
    Min(0, { message: `${name}不能为负数` }),
    Max(COUNT_MAX, { message: `${name}不超过 ${COUNT_MAX}` }),
  );
}

function Source(row: string): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${row}的数据来源必须是文字` }),
    MaxLength(SOURCE_MAX, { message: `${row}的数据来源不超过 ${SOURCE_MAX} 个字符` }),
  );
}

function Row(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsDefined({ message: '表二的每一行都要提交（未填写的数字为 null）' }), IsObject({ message: '表二的行应为对象' }), ValidateNested(), Type(type));
}

export class AnnualReportSectionsDto implements AnnualReportSections {
  @SectionText('一')
  一: string;

  @SectionText('二')
  二: string;

  @SectionText('三')
  三: string;

  @SectionText('四')
  四: string;

  @SectionText('五')
  五: string;

  @SectionText('六')
  六: string;
}

export class Table2DocumentsRowDto implements Table2DocumentsRow {
  @Count('本年制发件数')
  issued: number | null;

  @Count('本年废止件数')
  repealed: number | null;

  @Count('现行有效件数')
  inForce: number | null;

  @Source('规章、行政规范性文件')
  source: string;
}

export class Table2DecisionsRowDto implements Table2DecisionsRow {
  @Count('本年处理决定数量')
  decisions: number | null;

  @Source('行政许可、行政处罚、行政强制')
  source: string;
}

export class Table2AmountRowDto implements Table2AmountRow {
  @PresentOrNull()
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false }, { message: '行政事业性收费金额应为数字（万元，最多 4 位小数；未填写时为 null）' })
  @Min(0, { message: '行政事业性收费金额不能为负数' })
  @Max(COUNT_MAX, { message: `行政事业性收费金额不超过 ${COUNT_MAX} 万元` })
  amountWanYuan: number | null;

  @Source('行政事业性收费')
  source: string;
}

export class Table2Dto implements Table2 {
  @Row(() => Table2DocumentsRowDto)
  regulations: Table2DocumentsRowDto;

  @Row(() => Table2DocumentsRowDto)
  normativeDocuments: Table2DocumentsRowDto;

  @Row(() => Table2DecisionsRowDto)
  licensing: Table2DecisionsRowDto;

  @Row(() => Table2DecisionsRowDto)
  punishment: Table2DecisionsRowDto;

  @Row(() => Table2DecisionsRowDto)
  enforcement: Table2DecisionsRowDto;

  @Row(() => Table2AmountRowDto)
  administrativeFees: Table2AmountRowDto;
}

export class SaveAnnualReportDto implements SaveAnnualReport {
  @IsIn(['department', 'government'], { message: 'kind 应为 department（政府部门，1月31日前公布）或 government（地方人民政府，3月31日前公布）' })
  kind: ReportingBodyKind;

  @IsDefined({ message: '请提交报告正文 sections（一至六部分）' })
  @IsObject({ message: 'sections 应为对象' })
  @ValidateNested()
  @Type(() => AnnualReportSectionsDto)
  sections: AnnualReportSectionsDto;

  @IsDefined({ message: '请提交表二 table2' })
  @IsObject({ message: 'table2 应为对象' })
  @ValidateNested()
  @Type(() => Table2Dto)
  table2: Table2Dto;
}
