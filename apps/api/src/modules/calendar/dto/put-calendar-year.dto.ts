import { CalendarExceptionDayInput, PutCalendarYearRequest } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';
import { IsLocalDateString } from '../../../common/is-local-date-string';

export class CalendarExceptionDayDto implements CalendarExceptionDayInput {
  @IsLocalDateString({ message: '日期应为有效日期，格式 YYYY-MM-DD' })
  date: string;

  @IsBoolean({ message: '是否上班 working 必须是 true 或 false' })
  working: boolean;

  @NullableField()
  @IsString({ message: '名称必须是文字' })
  @MaxLength(40, { message: '名称不超过 40 个字符' })
  name?: string | null;
}

export class PutCalendarYearDto implements PutCalendarYearRequest {
  @IsArray({ message: '日期列表 days 必须是数组' })
  @ArrayMaxSize(366, { message: '一年最多 366 天' })
  @ValidateNested({ each: true })
  @Type(() => CalendarExceptionDayDto)
  days: CalendarExceptionDayDto[];

  @OptionalField()
  @IsString({ message: '备注必须是文字' })
  @MaxLength(200, { message: '备注不超过 200 个字符' })
  note?: string;
}
