import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AddWorkingDaysResponse, CalendarDayResponse } from '@govopen/contracts';
import { CalendarService } from './calendar.service';
import { AddWorkingDaysQuery, AddWorkingDaysQueryPipe } from './add-working-days-query.pipe';
import { MAX_WORKING_DAYS } from '@govopen/domain';
import { ApiErrors } from '../../openapi/api-errors';

@ApiTags('工作日历')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendarService: CalendarService) {}

  @ApiOperation({ summary: '某日是否为工作日' })
  @Get('days/:date')
  @ApiErrors(422)
  @Header('cache-control', 'public, max-age=300')
  day(@Param('date') date: string): Promise<CalendarDayResponse> {
    return this.calendarService.day(date);
  }

  @ApiOperation({ summary: '推算若干工作日后的日期' })
  @Get('add-working-days')
  @ApiErrors(422)
  @ApiQuery({ name: 'from', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, description: '起算日期 YYYY-MM-DD' })
  @ApiQuery({ name: 'days', required: true, schema: { type: 'integer', minimum: 0, maximum: MAX_WORKING_DAYS }, description: '工作日天数' })
  @Header('cache-control', 'public, max-age=300')
  addWorkingDays(@Query(AddWorkingDaysQueryPipe) query: AddWorkingDaysQuery): Promise<AddWorkingDaysResponse> {
    return this.calendarService.addWorkingDays(query.from, query.days);
  }
}
