import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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

  @Get()
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListStaffContentDto): Promise<Page<StaffInterpretationSummary>> {
    return this.interpretations.listForStaff(staff, query);
  }

  @Post()
  create(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveInterpretationDto, @RequestActor() actor: Actor): Promise<StaffInterpretationView> {
    return this.interpretations.create(staff, body, actor);
  }

  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', interpretationIdPipe) id: number): Promise<StaffInterpretationView> {
    return this.interpretations.getForStaff(staff, id);
  }

  @Put(':id')
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', interpretationIdPipe) id: number, @Body() body: SaveInterpretationDto, @RequestActor() actor: Actor): Promise<StaffInterpretationView> {
    return this.interpretations.update(staff, id, body, actor);
  }

  @Post(':id/review')
  @HttpCode(200)
  async review(@CurrentStaff() staff: StaffPrincipal, @Param('id', interpretationIdPipe) id: number, @Body() body: ReviewContentDto, @RequestActor() actor: Actor): Promise<StaffInterpretationView> {
    await this.publishing.review('interpretation', id, staff, body, actor);
    return this.interpretations.getForStaff(staff, id);
  }
}
