import { Body, Controller, Get, Headers, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsultationCommentView, ConsultationSummary, ConsultationView } from '@govopen/contracts';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { ResidentSessions } from '../session/resident-sessions';
import { ConsultationService } from './consultation.service';
import { CreateConsultationCommentDto } from './dto/consultation.dto';
import { RateLimit } from '../rate-limit/rate-limit.guard';

export const consultationIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('意见征集不存在') });

@ApiTags('意见征集（公众）')
@Controller('consultations')
export class ConsultationController {
  constructor(
    private readonly service: ConsultationService,
    private readonly sessions: ResidentSessions,
  ) {}

  @ApiOperation({ summary: '意见征集列表' })
  @Get()
  list(): Promise<ConsultationSummary[]> {
    return this.service.list();
  }

  /** Anyone may read; a signed-in resident also sees their own comments and what became of them. */
  @ApiOperation({ summary: '意见征集详情' })
  @Get(':id')
  async one(@Param('id', consultationIdPipe) id: number, @Headers('authorization') authorization?: string): Promise<ConsultationView> {
    return this.service.get(await this.sessions.principalOf(authorization), id);
  }

  @ApiOperation({ summary: '提交意见' })
  @Post(':id/comments')
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  @RateLimit('writes', 'comments')
  comment(@CurrentResident() resident: ResidentPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: CreateConsultationCommentDto): Promise<ConsultationCommentView> {
    return this.service.comment(resident, id, body);
  }
}
