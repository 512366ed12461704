import { Module } from '@nestjs/common';
import { PublishingAdminController } from './publishing-admin.controller';
import { PublishingRepository } from './publishing.repository';
import { PublishingService } from './publishing.service';

@Module({
  controllers: [PublishingAdminController],
  providers: [PublishingRepository, PublishingService],
  exports: [PublishingService],
})
export class PublishingModule {}
