import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogAdminController, CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  imports: [CalendarModule],
  controllers: [CatalogController, CatalogAdminController],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
