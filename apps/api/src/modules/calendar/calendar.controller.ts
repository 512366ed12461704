import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AddWorkingDaysResponse, CalendarDayResponse } from '@govopen/contracts';
import { CalendarService } from './calendar.service';
import { AddWorkingDaysQuery, AddWorkingDaysQueryPipe } from './add-working-days-query.pipe';

@ApiTags('工作日历')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendarService: CalendarService) {}

  @Get('days/:date')
  @Header('cache-control', 'public, max-age=300')
  day(@Param('date') date: string): Promise<CalendarDayResponse> {
    return this.calendarService.day(date);
  }

  @Get('add-working-days')
  @Header('cache-control', 'public, max-age=300')
  addWorkingDays(@Query(AddWorkingDaysQueryPipe) query: AddWorkingDaysQuery): Promise<AddWorkingDaysResponse> {
    return this.calendarService.addWorkingDays(query.from, query.days);
  }
}
