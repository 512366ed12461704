import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DisclosureRequestAdminController } from './disclosure-request-admin.controller';
import { DisclosureReminderService } from './disclosure-reminder.service';
import { DisclosureRequestController } from './disclosure-request.controller';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { DisclosureRequestService } from './disclosure-request.service';

@Module({
  imports: [CalendarModule],
  controllers: [DisclosureRequestController, DisclosureRequestAdminController],
  providers: [DisclosureRequestRepository, DisclosureRequestService, DisclosureReminderService],
})
export class DisclosureRequestModule {}
