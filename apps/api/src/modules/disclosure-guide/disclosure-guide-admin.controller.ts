import { Body, Controller, Get, Param, ParseIntPipe, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DisclosureGuideAdminView, DisclosureGuideVersionView } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { SaveDisclosureGuideDto } from './dto/save-disclosure-guide.dto';
import { DisclosureGuideService, GUIDE_EDITORS } from './disclosure-guide.service';

/** 公开办 keeps the guide: the head of the disclosure office edits it (Art. 12 makes it the agency's to maintain). */
@ApiTags('政府信息公开指南（管理）')
@ApiBearerAuth()
@Controller('admin/disclosure-guide')
@UseGuards(StaffAuthGuard)
@Roles(...GUIDE_EDITORS)
export class DisclosureGuideAdminController {
  constructor(private readonly guide: DisclosureGuideService) {}

  @ApiOperation({ summary: '公开指南（当前版本与历史）' })
  @Get()
  get(@CurrentStaff() staff: StaffPrincipal): Promise<DisclosureGuideAdminView> {
    return this.guide.adminView(staff);
  }

  @ApiOperation({ summary: '保存公开指南（生成新版本）' })
  @Put()
  save(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveDisclosureGuideDto, @RequestActor() actor: Actor): Promise<DisclosureGuideAdminView> {
    return this.guide.save(staff, body, actor);
  }

  @ApiOperation({ summary: '公开指南的某一历史版本' })
  @Get('versions/:version')
  version(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('version', new ParseIntPipe({ exceptionFactory: () => AppException.notFound('没有这个版本的公开指南') })) version: number,
  ): Promise<DisclosureGuideVersionView> {
    return this.guide.version(staff, version);
  }
}
