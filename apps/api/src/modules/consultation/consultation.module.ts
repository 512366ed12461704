import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MessageModule } from '../message/message.module';
import { ConsultationAdminController } from './consultation-admin.controller';
import { ConsultationController } from './consultation.controller';
import { ConsultationRepository } from './consultation.repository';
import { ConsultationService } from './consultation.service';

@Module({
  imports: [CalendarModule, MessageModule],
  controllers: [ConsultationController, ConsultationAdminController],
  providers: [ConsultationRepository, ConsultationService],
})
export class ConsultationModule {}
