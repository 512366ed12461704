import { Body, Controller, Get, Param, ParseIntPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DisclosureLetter, DisclosureRequestView } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { MediaService } from '../media/media.service';
import { DisclosureRequestService } from './disclosure-request.service';
import { CreateDisclosureRequestDto, GiveReasonsDto, SupplementDisclosureRequestDto } from './dto/create-disclosure-request.dto';
import { letterToDocx } from './letter-document';

/** The latest letter of a kind as .docx; 404 when the case has produced none. */
export async function sendLetter(letters: DisclosureLetter[], kind: string, reply: FastifyReply): Promise<Buffer> {
  const letter = [...letters].reverse().find((candidate) => candidate.kind === kind);
  if (!letter) throw AppException.notFound('该申请尚无此类告知书');
  const buffer = await letterToDocx(letter);
  void reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
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
    private readonly service: DisclosureRequestService,
    private readonly media: MediaService,
  ) {}

  @Post()
  create(@CurrentResident() resident: ResidentPrincipal, @Body() body: CreateDisclosureRequestDto): Promise<DisclosureRequestView> {
    return this.service.create(resident, body);
  }

  @Get('mine')
  mine(@CurrentResident() resident: ResidentPrincipal): Promise<DisclosureRequestView[]> {
    return this.service.listMine(resident);
  }

  @Get(':id')
  one(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.service.getMine(resident, id);
  }

  @Get(':id/letters')
  letters(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureLetter[]> {
    return this.service.lettersForResident(resident, id);
  }

  @Get(':id/letters/:kind.docx')
  async letterDocx(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendLetter(await this.service.lettersForResident(resident, id), kind, reply);
  }

  @Post(':id/withdraw')
  withdraw(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.service.withdrawMine(resident, id);
  }

  @Post(':id/supplement')
  supplement(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: SupplementDisclosureRequestDto,
  ): Promise<DisclosureRequestView> {
    return this.service.supplementMine(resident, id, body.content, body.attachmentIds);
  }

  @Post(':id/reasons')
  giveReasons(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number, @Body() body: GiveReasonsDto): Promise<DisclosureRequestView> {
    return this.service.giveReasonsMine(resident, id, body.content);
  }

  /** The app calls this when it shows the applicant an unpaid fee notice: that day is the notice's receipt (109号 Art. 7). */
  @Post(':id/fee-notice-receipt')
  acknowledgeFeeNotice(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.service.acknowledgeFeeNoticeMine(resident, id);
  }

  @Get(':id/attachments/:fileId')
  async attachment(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('fileId', fileIdPipe) fileId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.media.send(await this.service.attachmentForResident(resident, id, fileId), reply);
  }
}
