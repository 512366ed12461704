import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InboxMessage } from '@govopen/contracts';
import { ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident, CurrentStaff } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { NotificationService } from './notification.service';

const idPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('消息不存在') });

@ApiTags('消息')
@ApiBearerAuth()
@Controller('notifications')
@UseGuards(ResidentAuthGuard)
export class NotificationController {
  constructor(private readonly service: NotificationService) {}

  @ApiOperation({ summary: '我的站内消息' })
  @Get('mine')
  mine(@CurrentResident() resident: ResidentPrincipal): Promise<InboxMessage[]> {
    return this.service.inbox('resident', resident.id);
  }

  @ApiOperation({ summary: '标记消息已读' })
  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentResident() resident: ResidentPrincipal, @Param('id', idPipe) id: number): Promise<void> {
    await this.service.markRead('resident', resident.id, id);
  }
}

@ApiTags('消息')
@ApiBearerAuth()
@Controller('admin/notifications')
@UseGuards(StaffAuthGuard)
export class NotificationAdminController {
  constructor(private readonly service: NotificationService) {}

  @ApiOperation({ summary: '我的站内消息（工作人员）' })
  @Get('mine')
  mine(@CurrentStaff() staff: StaffPrincipal): Promise<InboxMessage[]> {
    return this.service.inbox('staff', staff.id);
  }

  @ApiOperation({ summary: '标记消息已读（工作人员）' })
  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentStaff() staff: StaffPrincipal, @Param('id', idPipe) id: number): Promise<void> {
    await this.service.markRead('staff', staff.id, id);
  }
}
