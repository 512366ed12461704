import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScheduledPublishingRun, StaffRole } from '@govopen/contracts';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { PublishingService } from './publishing.service';

@ApiTags('发布管理')
@ApiBearerAuth()
@Controller('admin/publishing')
@UseGuards(StaffAuthGuard)
export class PublishingAdminController {
  constructor(private readonly publishing: PublishingService) {}

  /** Publishes scheduled content that is due now (the timer does the same every minute). */
  @ApiOperation({ summary: '立即发布到期的定时内容' })
  @Post('run-scheduled')
  @HttpCode(200)
  @Roles(StaffRole.PUBLISHER, StaffRole.OFFICE_HEAD)
  runScheduled(): Promise<ScheduledPublishingRun> {
    return this.publishing.publishDue();
  }
}
