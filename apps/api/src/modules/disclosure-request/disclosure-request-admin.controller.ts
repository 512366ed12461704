import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DisclosureRequestSummary, Page } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { StaffAuthGuard } from '../auth/staff-auth.guard';
import { requestIdPipe } from './disclosure-request.controller';
import { DisclosureRequestService, PersonalData, StaffRequestView } from './disclosure-request.service';
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
  ): Promise<StaffRequestView> {
    return this.service.createOnBehalf(staff, body, actor);
  }

  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<StaffRequestView> {
    return this.service.getForStaff(staff, id);
  }

  @Get(':id/personal-data')
  personalData(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number, @RequestActor() actor: Actor): Promise<PersonalData> {
    return this.service.personalData(staff, id, actor);
  }

  @Post(':id/actions')
  @HttpCode(200)
  perform(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: PerformDisclosureActionDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffRequestView> {
    return this.service.perform(staff, id, body, actor);
  }
}
