import { Global, Module } from '@nestjs/common';
import { NotificationAdminController, NotificationController } from './notification.controller';
import { NotificationService } from './notification.service';

@Global()
@Module({
  controllers: [NotificationController, NotificationAdminController],
  providers: [NotificationService],
  exports: [NotificationService],
})
export class NotificationModule {}
