import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MessageModule } from '../message/message.module';
import { ConsultationAdminController } from './consultation-admin.controller';
import { ConsultationController } from './consultation.controller';
import { ConsultationRepository } from './consultation.repository';
import { ConsultationReminderService } from './consultation-reminder.service';
import { ConsultationService } from './consultation.service';

@Module({
  imports: [CalendarModule, MessageModule],
  controllers: [ConsultationController, ConsultationAdminController],
  providers: [ConsultationRepository, ConsultationService, ConsultationReminderService],
})
export class ConsultationModule {}
