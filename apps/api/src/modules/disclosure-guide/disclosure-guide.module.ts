import { Module } from '@nestjs/common';
import { DisclosureGuideAdminController } from './disclosure-guide-admin.controller';
import { DisclosureGuideController } from './disclosure-guide.controller';
import { DisclosureGuideRepository } from './disclosure-guide.repository';
import { DisclosureGuideService } from './disclosure-guide.service';

@Module({
  controllers: [DisclosureGuideController, DisclosureGuideAdminController],
  providers: [DisclosureGuideRepository, DisclosureGuideService],
})
export class DisclosureGuideModule {}
