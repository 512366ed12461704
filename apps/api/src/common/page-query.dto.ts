import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalField } from './optional-field';

/**
 * The highest page any list serves. "1e20" is an integer to JavaScript, and as an OFFSET it overflows the database's
 * integer (SQLite: datatype mismatch, MySQL: out of range); 100,000 pages of 100 is past any list we keep.
 */
export const MAX_PAGE = 100_000;

/** ?page=&pageSize= of every paged list: every list DTO extends this one. */
export class PageQueryDto {
  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '页码必须是整数' })
  @Min(1, { message: '页码从 1 开始' })
  @Max(MAX_PAGE, { message: `页码最大为 ${MAX_PAGE}` })
  page?: number;

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '每页条数必须是整数' })
  @Min(1, { message: '每页条数至少为 1' })
  @Max(100, { message: '每页条数最多 100' })
  pageSize?: number;
}
