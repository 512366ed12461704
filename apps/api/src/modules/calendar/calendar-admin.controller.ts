import { Body, Controller, Get, Param, ParseIntPipe, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarStatus, CalendarYearDetail, CalendarYearSummary, StaffRole } from '@govopen/contracts';
import { Actor } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { CalendarService } from './calendar.service';
import { PutCalendarYearDto } from './dto/put-calendar-year.dto';

const yearPipe = new ParseIntPipe({ exceptionFactory: () => AppException.invalid('year', '年份必须是整数') });

function assertYear(year: number): void {
  if (year < 2000 || year > 2100) throw AppException.invalid('year', '年份应在 2000–2100 之间');
}

@ApiTags('工作日历')
@ApiBearerAuth()
@Controller('admin/calendar')
@UseGuards(StaffAuthGuard)
export class CalendarAdminController {
  constructor(private readonly calendarService: CalendarService) {}

  @ApiOperation({ summary: '工作日历状态' })
  @Get('status')
  status(): Promise<CalendarStatus> {
    return this.calendarService.status();
  }

  @ApiOperation({ summary: '已有工作日历的年度' })
  @Get('years')
  years(): Promise<CalendarYearSummary[]> {
    return this.calendarService.listYears();
  }

  @ApiOperation({ summary: '某年度的工作日历' })
  @Get('years/:year')
  year(@Param('year', yearPipe) year: number): Promise<CalendarYearDetail> {
    assertYear(year);
    return this.calendarService.yearDetail(year);
  }

  @ApiOperation({ summary: '保存某年度的工作日历' })
  @Put('years/:year')
  @Roles(StaffRole.SYSTEM_ADMIN, StaffRole.OFFICE_HEAD)
  putYear(
    @Param('year', yearPipe) year: number,
    @Body() body: PutCalendarYearDto,
    @RequestActor() actor: Actor,
  ): Promise<CalendarYearDetail> {
    assertYear(year);
    return this.calendarService.putYear(year, body, actor);
  }
}
