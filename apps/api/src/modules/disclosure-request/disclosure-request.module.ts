import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DisclosureRequestAdminController } from './disclosure-request-admin.controller';
import { DisclosureReminderService } from './disclosure-reminder.service';
import { DisclosureRequestController } from './disclosure-request.controller';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { DisclosureCaseReader } from './disclosure-case-reader';
import { DisclosureCaseStore } from './disclosure-case-store';
import { DisclosureCaseworkService } from './disclosure-casework.service';
import { DisclosureIntakeService } from './disclosure-intake.service';
import { DisclosureResidentService } from './disclosure-resident.service';
import { LetterTemplateController } from './letter-template.controller';
import { LetterTemplateRepository } from './letter-template.repository';
import { LetterTemplateService } from './letter-template.service';

@Module({
  imports: [CalendarModule],
  controllers: [DisclosureRequestController, DisclosureRequestAdminController, LetterTemplateController],
  providers: [
    DisclosureRequestRepository,
    DisclosureCaseStore,
    DisclosureCaseReader,
    DisclosureIntakeService,
    DisclosureResidentService,
    DisclosureCaseworkService,
    DisclosureReminderService,
    LetterTemplateRepository,
    LetterTemplateService,
  ],
})
export class DisclosureRequestModule {}
