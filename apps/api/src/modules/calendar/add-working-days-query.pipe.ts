import { Injectable, PipeTransform } from '@nestjs/common';
import { MAX_WORKING_DAYS } from '@govopen/domain';
import { isInt, matches, max, min } from 'class-validator';
import { AppException } from '../../common/app-exception';

export interface AddWorkingDaysQuery {
  from: string;
  days: number;
}

const ALLOWED = new Set(['from', 'days']);

/**
 * Validates the query of the busiest public read with class-validator's own checks, called directly: the
 * DTO + class-transformer path of the global ValidationPipe cost three quarters of this route's time
 * (test/bench/http.bench.mjs), for two scalar parameters.
 */
@Injectable()
export class AddWorkingDaysQueryPipe implements PipeTransform<Record<string, unknown>, AddWorkingDaysQuery> {
  transform(query: Record<string, unknown>): AddWorkingDaysQuery {
    for (const key of Object.keys(query)) {
      if (!ALLOWED.has(key)) throw AppException.invalid(key, `不支持的字段：${key}`);
    }
    const { from, days } = query;
    if (typeof from !== 'string' || !matches(from, /^\d{4}-\d{2}-\d{2}$/)) {
      throw AppException.invalid('from', '起算日期 from 的格式应为 YYYY-MM-DD');
    }
    if (typeof days !== 'string' || !matches(days, /^-?\d+(\.\d+)?$/) || !isInt(Number(days))) {
      throw AppException.invalid('days', '工作日天数 days 必须是整数');
    }
    const count = Number(days);
    if (!min(count, 0)) throw AppException.invalid('days', '工作日天数 days 不能为负数');
    if (!max(count, MAX_WORKING_DAYS)) throw AppException.invalid('days', `工作日天数 days 不能超过 ${MAX_WORKING_DAYS}`);
    return { from, days: count };
  }
}
