import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { SearchModule } from '../search/search.module';
import { PublishingAdminController } from './publishing-admin.controller';
import { PublishingService } from './publishing.service';

@Module({
  imports: [AuditModule, CalendarModule, CatalogModule, SearchModule],
  controllers: [PublishingAdminController],
  providers: [PublishingService],
  exports: [PublishingService],
})
export class PublishingModule {}
