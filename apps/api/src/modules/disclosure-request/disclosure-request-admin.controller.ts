import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DisclosurePersonalData, DisclosureRequestSummary, Page, StaffDisclosureRequestView } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { StaffAuthGuard } from '../auth/staff-auth.guard';
import { requestIdPipe } from './disclosure-request.controller';
import { DisclosureRequestService } from './disclosure-request.service';
import { CreateDisclosureRequestOnBehalfDto } from './dto/create-disclosure-request.dto';
import { ListDisclosureQueueDto } from './dto/list-disclosure-queue.dto';
import { PerformDisclosureActionDto } from './dto/perform-disclosure-action.dto';

@ApiTags('依申请公开（办理）')
@ApiBearerAuth()
@Controller('admin/disclosure-requests')
@UseGuards(StaffAuthGuard)
export class DisclosureRequestAdminController {
  constructor(private readonly service: DisclosureRequestService) {}

  @Get()
  queue(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListDisclosureQueueDto): Promise<Page<DisclosureRequestSummary>> {
    return this.service.queue(staff, query);
  }

  @Post()
  createOnBehalf(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: CreateDisclosureRequestOnBehalfDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffDisclosureRequestView> {
    return this.service.createOnBehalf(staff, body, actor);
  }

  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<StaffDisclosureRequestView> {
    return this.service.getForStaff(staff, id);
  }

  @Get(':id/personal-data')
  personalData(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number, @RequestActor() actor: Actor): Promise<DisclosurePersonalData> {
    return this.service.personalData(staff, id, actor);
  }

  @Post(':id/actions')
  @HttpCode(200)
  perform(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: PerformDisclosureActionDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffDisclosureRequestView> {
    return this.service.perform(staff, id, body, actor);
  }
}
