import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DisclosureRequestAdminController } from './disclosure-request-admin.controller';
import { DisclosureReminderService } from './disclosure-reminder.service';
import { DisclosureRequestController } from './disclosure-request.controller';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { DisclosureRequestService } from './disclosure-request.service';
import { LetterTemplateController } from './letter-template.controller';
import { LetterTemplateRepository } from './letter-template.repository';
import { LetterTemplateService } from './letter-template.service';

@Module({
  imports: [CalendarModule],
  controllers: [DisclosureRequestController, DisclosureRequestAdminController, LetterTemplateController],
  providers: [DisclosureRequestRepository, DisclosureRequestService, DisclosureReminderService, LetterTemplateRepository, LetterTemplateService],
})
export class DisclosureRequestModule {}
