import { Body, Controller, Get, Param, ParseIntPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DisclosureLetter, DisclosureRequestView } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { MediaService } from '../media/media.service';
import { DisclosureIntakeService } from './disclosure-intake.service';
import { DisclosureResidentService } from './disclosure-resident.service';
import { CreateDisclosureRequestDto, GiveReasonsDto, SupplementDisclosureRequestDto } from './dto/create-disclosure-request.dto';
import { letterToDocx } from './letter-document';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { ApiErrors } from '../../openapi/api-errors';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The latest letter of a kind as .docx; 404 when the case has produced none. */
export async function sendLetter(letters: DisclosureLetter[], kind: string, reply: FastifyReply): Promise<Buffer> {
  const letter = [...letters].reverse().find((candidate) => candidate.kind === kind);
  if (!letter) throw AppException.notFound('该申请尚无此类告知书');
  const buffer = await letterToDocx(letter);
  void reply
    .header('content-type', DOCX_MEDIA_TYPE)
    .header('content-disposition', `attachment; filename="letter.docx"; filename*=UTF-8''${encodeURIComponent(`${letter.number}-${letter.title}.docx`)}`);
  return buffer;
}

export const requestIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('申请不存在') });
export const fileIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('附件不存在') });

@ApiTags('依申请公开（居民）')
@ApiBearerAuth()
@Controller('disclosure-requests')
@UseGuards(ResidentAuthGuard)
export class DisclosureRequestController {
  constructor(
    private readonly residents: DisclosureResidentService,
    private readonly intake: DisclosureIntakeService,
    private readonly media: MediaService,
  ) {}

  @ApiOperation({ summary: '提交政府信息公开申请' })
  @Post()
  @ApiErrors(422)
  async create(@CurrentResident() resident: ResidentPrincipal, @Body() body: CreateDisclosureRequestDto): Promise<DisclosureRequestView> {
    return this.residents.getMine(resident, await this.intake.create(resident, body));
  }

  @ApiOperation({ summary: '我的申请' })
  @Get('mine')
  mine(@CurrentResident() resident: ResidentPrincipal): Promise<DisclosureRequestView[]> {
    return this.residents.listMine(resident);
  }

  @ApiOperation({ summary: '我的申请详情' })
  @Get(':id')
  one(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.residents.getMine(resident, id);
  }

  @ApiOperation({ summary: '本人申请的告知书' })
  @Get(':id/letters')
  letters(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureLetter[]> {
    return this.residents.lettersForResident(resident, id);
  }

  @ApiOperation({ summary: '下载告知书（Word）' })
  @Get(':id/letters/:kind.docx')
  @ApiFileResponse(DOCX_MEDIA_TYPE, '告知书 Word 文件')
  async letterDocx(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendLetter(await this.residents.lettersForResident(resident, id), kind, reply);
  }

  @ApiOperation({ summary: '撤回申请' })
  @Post(':id/withdraw')
  withdraw(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.residents.withdrawMine(resident, id);
  }

  @ApiOperation({ summary: '提交补正材料' })
  @Post(':id/supplement')
  @ApiErrors(422)
  supplement(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: SupplementDisclosureRequestDto,
  ): Promise<DisclosureRequestView> {
    return this.residents.supplementMine(resident, id, body.content, body.attachmentIds);
  }

  @ApiOperation({ summary: '说明理由' })
  @Post(':id/reasons')
  giveReasons(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number, @Body() body: GiveReasonsDto): Promise<DisclosureRequestView> {
    return this.residents.giveReasonsMine(resident, id, body.content);
  }

  /** The app calls this when it shows the applicant an unpaid fee notice: that day is the notice's receipt (109号 Art. 7). */
  @ApiOperation({ summary: '确认收到收费通知' })
  @Post(':id/fee-notice-receipt')
  acknowledgeFeeNotice(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.residents.acknowledgeFeeNoticeMine(resident, id);
  }

  @ApiOperation({ summary: '下载本人申请的附件' })
  @Get(':id/attachments/:fileId')
  @ApiFileResponse('application/octet-stream', '附件内容（类型见 Content-Type）')
  async attachment(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('fileId', fileIdPipe) fileId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.media.send(await this.residents.attachmentForResident(resident, id, fileId), reply);
  }
}
