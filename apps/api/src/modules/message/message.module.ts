import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ContentScreeningService } from './content-screening.service';
import { MessageAdminController } from './message-admin.controller';
import { MessageActionService } from './message-action.service';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { MessageEscalationService } from './message-escalation.service';
import { MessageIntakeService } from './message-intake.service';
import { MessageNoticeService } from './message-notice.service';
import { MessagePublicService } from './message-public.service';
import { MessageViewsService } from './message-views.service';
import { MessageWorkbenchService } from './message-workbench.service';
import { MessageController } from './message.controller';
import { MessageRepository } from './message.repository';
import { WechatPushController } from './wechat-push.controller';

@Module({
  imports: [CalendarModule],
  controllers: [MessageController, MessageAdminController, WechatPushController],
  providers: [
    MessageRepository,
    ContentScreeningService,
    MessageBoardSettingsService,
    MessageViewsService,
    MessageNoticeService,
    MessageIntakeService,
    MessagePublicService,
    MessageWorkbenchService,
    MessageActionService,
    MessageEscalationService,
  ],
  exports: [ContentScreeningService],
})
export class MessageModule {}
