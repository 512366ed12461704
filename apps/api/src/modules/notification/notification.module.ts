import { Global, Module } from '@nestjs/common';
import { NoticeDeliveryAdminController, WechatSubscriptionController } from './notice-delivery.controller';
import { NoticeDeliveryRepository } from './notice-delivery.repository';
import { NoticeDeliveryService } from './notice-delivery.service';
import { NoticeDispatcher } from './notice-dispatcher.service';
import { NotificationAdminController, NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { WechatConsentRepository } from './wechat-consent.repository';
import { WechatSubscriptionService } from './wechat-subscription.service';

@Global()
@Module({
  controllers: [NotificationController, NotificationAdminController, WechatSubscriptionController, NoticeDeliveryAdminController],
  providers: [NotificationRepository, NotificationService, NoticeDeliveryRepository, NoticeDeliveryService, NoticeDispatcher, WechatConsentRepository, WechatSubscriptionService],
  exports: [NotificationService, NoticeDeliveryService],
})
export class NotificationModule {}
