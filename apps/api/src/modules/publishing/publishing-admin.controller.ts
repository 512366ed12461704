import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { StaffRole } from '@govopen/contracts';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { PublishingService } from './publishing.service';

@ApiTags('发布管理')
@ApiBearerAuth()
@Controller('admin/publishing')
@UseGuards(StaffAuthGuard)
export class PublishingAdminController {
  constructor(private readonly publishing: PublishingService) {}

  /** Publishes scheduled content that is due now (the timer does the same every minute). */
  @Post('run-scheduled')
  @HttpCode(200)
  @Roles(StaffRole.PUBLISHER, StaffRole.OFFICE_HEAD)
  runScheduled(): Promise<{ published: number }> {
    return this.publishing.publishDue();
  }
}
