import { Global, Module } from '@nestjs/common';
import { NotificationAdminController, NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

@Global()
@Module({
  controllers: [NotificationController, NotificationAdminController],
  providers: [NotificationRepository, NotificationService],
  exports: [NotificationService],
})
export class NotificationModule {}
