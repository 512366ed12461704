import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DispatchReport, NoticeDelivery, NoticeDeliveryPage, StaffRole, SubscriptionSettings } from '@govopen/contracts';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident, CurrentStaff, RequestActor } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ListDeliveriesDto } from './dto/list-deliveries.dto';
import { RecordSubscriptionsDto } from './dto/record-subscriptions.dto';
import { NoticeDeliveryService } from './notice-delivery.service';
import { NoticeDispatcher } from './notice-dispatcher.service';
import { WechatSubscriptionService } from './wechat-subscription.service';

const idPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('通知不存在') });

@ApiTags('消息')
@ApiBearerAuth()
@Controller('wechat/subscriptions')
@UseGuards(ResidentAuthGuard)
export class WechatSubscriptionController {
  constructor(private readonly service: WechatSubscriptionService) {}

  /** What the signed-in resident will be told in WeChat, and how many messages each kind may still send. */
  @ApiOperation({ summary: '我的消息提醒（微信订阅消息）' })
  @Get()
  settings(@CurrentResident() resident: ResidentPrincipal): Promise<SubscriptionSettings> {
    return this.service.settings(resident);
  }

  /** The answers of one wx.requestSubscribeMessage tap, per template id. */
  @ApiOperation({ summary: '记录订阅消息授权结果' })
  @Post()
  @HttpCode(200)
  record(@CurrentResident() resident: ResidentPrincipal, @Body() body: RecordSubscriptionsDto): Promise<SubscriptionSettings> {
    return this.service.record(resident, body);
  }
}

@ApiTags('消息')
@ApiBearerAuth()
@Controller('admin/deliveries')
@UseGuards(StaffAuthGuard)
@Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
export class NoticeDeliveryAdminController {
  constructor(
    private readonly service: NoticeDeliveryService,
    private readonly dispatcher: NoticeDispatcher,
  ) {}

  @ApiOperation({ summary: '通知送达情况' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListDeliveriesDto): Promise<NoticeDeliveryPage> {
    return this.service.list(staff, query);
  }

  /** Only a notice WeChat surely does not have (failed, or given up after retries); never one whose outcome is unknown. */
  @ApiOperation({ summary: '重新发送微信通知' })
  @Post(':id/resend')
  @HttpCode(200)
  resend(@CurrentStaff() staff: StaffPrincipal, @RequestActor() actor: Actor, @Param('id', idPipe) id: number): Promise<NoticeDelivery> {
    return this.service.resend(staff, actor, id);
  }

  /** Runs the dispatcher now (it also runs on a timer on every instance). */
  @ApiOperation({ summary: '立即发送待发通知' })
  @Post('run')
  @HttpCode(200)
  run(): Promise<DispatchReport> {
    return this.dispatcher.run();
  }
}
