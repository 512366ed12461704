import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MessageBoardSetting, MessageMonthStats, MessageView, Page, PublicMessageView } from '@govopen/contracts';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { ResidentSessions } from '../session/resident-sessions';
import { CreateMessageDto, ListPublicMessagesDto, MessageStatsQueryDto, RateMessageDto } from './dto/create-message.dto';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { MessageIntakeService } from './message-intake.service';
import { MessagePublicService } from './message-public.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

export const messageIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('留言不存在') });

@ApiTags('网民留言（公众）')
@Controller('messages')
export class MessageController {
  constructor(
    private readonly boardSettings: MessageBoardSettingsService,
    private readonly intake: MessageIntakeService,
    private readonly reads: MessagePublicService,
    private readonly sessions: ResidentSessions,
  ) {}

  @ApiOperation({ summary: '留言板块' })
  @Get('boards')
  boards(): Promise<MessageBoardSetting[]> {
    return this.boardSettings.boards();
  }

  /** The public board: answered messages whose writers chose public and staff published. */
  @ApiOperation({ summary: '公开的留言' })
  @Get()
  list(@Query() query: ListPublicMessagesDto): Promise<Page<PublicMessageView>> {
    return this.reads.publicList(query.board, query.q, query.page, Math.min(query.pageSize ?? 20, 50));
  }

  @ApiOperation({ summary: '留言月度统计' })
  @Get('stats')
  stats(@Query() query: MessageStatsQueryDto): Promise<MessageMonthStats> {
    return this.reads.stats(query.month);
  }

  @ApiOperation({ summary: '提交留言' })
  @Post()
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  @RateLimit('writes')
  create(@CurrentResident() resident: ResidentPrincipal, @Body() body: CreateMessageDto): Promise<MessageView> {
    return this.intake.create(resident, body);
  }

  @ApiOperation({ summary: '我的留言' })
  @Get('mine')
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  mine(@CurrentResident() resident: ResidentPrincipal): Promise<MessageView[]> {
    return this.reads.mine(resident);
  }

  /** The writer (signed in) sees their own message in any state; everyone else only a published one. */
  @ApiOperation({ summary: '留言详情' })
  @Get(':id')
  async one(@Param('id', messageIdPipe) id: number, @Headers('authorization') authorization?: string): Promise<MessageView | PublicMessageView> {
    return this.reads.getForReader(await this.sessions.principalOf(authorization), id);
  }

  @ApiOperation({ summary: '评价答复' })
  @Post(':id/rating')
  @HttpCode(200)
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  rate(@CurrentResident() resident: ResidentPrincipal, @Param('id', messageIdPipe) id: number, @Body() body: RateMessageDto): Promise<MessageView> {
    return this.reads.rate(resident, id, body);
  }
}
