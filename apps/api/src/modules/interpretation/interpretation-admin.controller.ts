import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, StaffInterpretationSummary, StaffInterpretationView } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { ListStaffContentDto } from '../publishing/dto/list-content.dto';
import { ReviewContentDto } from '../publishing/dto/review-content.dto';
import { PublishingService } from '../publishing/publishing.service';
import { SaveInterpretationDto } from './dto/save-interpretation.dto';
import { interpretationIdPipe } from './interpretation.controller';
import { InterpretationService } from './interpretation.service';

@ApiTags('政策解读（发布管理）')
@ApiBearerAuth()
@Controller('admin/interpretations')
@UseGuards(StaffAuthGuard)
export class InterpretationAdminController {
  constructor(
    private readonly interpretations: InterpretationService,
    private readonly publishing: PublishingService,
  ) {}

  @ApiOperation({ summary: '政策解读列表（管理）' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListStaffContentDto): Promise<Page<StaffInterpretationSummary>> {
    return this.interpretations.listForStaff(staff, query);
  }

  @ApiOperation({ summary: '新建政策解读' })
  @Post()
  create(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveInterpretationDto, @RequestActor() actor: Actor): Promise<StaffInterpretationView> {
    return this.interpretations.create(staff, body, actor);
  }

  @ApiOperation({ summary: '政策解读详情（管理）' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', interpretationIdPipe) id: number): Promise<StaffInterpretationView> {
    return this.interpretations.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '修改政策解读' })
  @Put(':id')
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', interpretationIdPipe) id: number, @Body() body: SaveInterpretationDto, @RequestActor() actor: Actor): Promise<StaffInterpretationView> {
    return this.interpretations.update(staff, id, body, actor);
  }

  @ApiOperation({ summary: '政策解读审查与发布' })
  @Post(':id/review')
  @HttpCode(200)
  async review(@CurrentStaff() staff: StaffPrincipal, @Param('id', interpretationIdPipe) id: number, @Body() body: ReviewContentDto, @RequestActor() actor: Actor): Promise<StaffInterpretationView> {
    await this.publishing.review('interpretation', id, staff, body, actor);
    return this.interpretations.getForStaff(staff, id);
  }
}
