import { Module } from '@nestjs/common';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarResponseCache } from './calendar-response-cache';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

@Module({
  controllers: [CalendarController, CalendarAdminController],
  providers: [CalendarRepository, CalendarService, CalendarResponseCache],
  exports: [CalendarService],
})
export class CalendarModule {}
