import { Body, Controller, Delete, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LetterTemplateView, StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { SaveLetterTemplateDto } from './dto/save-letter-template.dto';
import { LetterTemplateService } from './letter-template.service';

@ApiTags('文书模板')
@ApiBearerAuth()
@Controller('admin/letter-templates')
@UseGuards(StaffAuthGuard)
@Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
export class LetterTemplateController {
  constructor(private readonly templates: LetterTemplateService) {}

  @ApiOperation({ summary: '文书模板列表' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal): Promise<LetterTemplateView[]> {
    return this.templates.list(staff);
  }

  @ApiOperation({ summary: '保存文书模板' })
  @Put(':key')
  save(@CurrentStaff() staff: StaffPrincipal, @Param('key') key: string, @Body() body: SaveLetterTemplateDto, @RequestActor() actor: Actor): Promise<LetterTemplateView> {
    return this.templates.save(staff, key, body, actor);
  }

  /** Back to the built-in wording. */
  @ApiOperation({ summary: '恢复文书模板默认内容' })
  @Delete(':key')
  reset(@CurrentStaff() staff: StaffPrincipal, @Param('key') key: string, @RequestActor() actor: Actor): Promise<LetterTemplateView> {
    return this.templates.reset(staff, key, actor);
  }
}
