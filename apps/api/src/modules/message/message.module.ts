import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ContentScreeningService } from './content-screening.service';
import { MessageAdminController } from './message-admin.controller';
import { MessageEscalationService } from './message-escalation.service';
import { MessageController } from './message.controller';
import { MessageRepository } from './message.repository';
import { MessageService } from './message.service';
import { WechatPushController } from './wechat-push.controller';

@Module({
  imports: [CalendarModule],
  controllers: [MessageController, MessageAdminController, WechatPushController],
  providers: [MessageRepository, MessageService, MessageEscalationService, ContentScreeningService],
  exports: [ContentScreeningService, MessageService],
})
export class MessageModule {}
