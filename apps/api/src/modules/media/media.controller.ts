import { Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { MEDIA_RULES, MediaFileView, MediaPurpose } from '@govopen/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { CurrentResident, CurrentStaff } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { MediaOwner, MediaService } from './media.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

/** Reads the one file of a multipart upload (field `file`), refusing anything over the purpose's cap as it streams. */
async function receive(request: FastifyRequest, purposeParam: string | undefined, owner: MediaOwner, media: MediaService): Promise<MediaFileView> {
  // Own keys only: `in` also finds __proto__, constructor, toString… on the prototype, and their "rule" is no rule.
  if (!purposeParam || !Object.hasOwn(MEDIA_RULES, purposeParam)) {
    throw AppException.invalid('purpose', `请说明文件用途（purpose），可选：${Object.keys(MEDIA_RULES).join('、')}`);
  }
  const purpose = purposeParam as MediaPurpose;
  if (MEDIA_RULES[purpose].staffOnly && owner.type !== 'staff') throw AppException.invalid('purpose', '该用途的文件只能由工作人员上传');
  if (!request.isMultipart()) {
    throw new AppException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, '请以 multipart/form-data 格式上传文件（字段名 file）', 'file');
  }
  const { maxBytes } = MEDIA_RULES[purpose];
  // Over the cap, busboy stops writing and marks the stream truncated; the service turns that into a 413.
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024 }, throwFileSizeLimit: false });
  if (!part) throw AppException.invalid('file', '请选择要上传的文件');
  return media.upload(owner, purpose, part.filename, part.file);
}

@ApiTags('文件上传')
@ApiBearerAuth()
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /** A file of published content (or with a signed preview link); supports Range so players can seek. */
  @Get(':id/content')
  content(
    @Param('id', new ParseIntPipe({ errorHttpStatusCode: 404 })) id: number,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return this.media.serve(id, { expires, signature }, range, reply);
  }

  /** A resident's upload (identity proof, 委托书, 补正材料), claimed later by the request it belongs to. */
  @Post()
  @HttpCode(201)
  @UseGuards(ResidentAuthGuard)
  @RateLimit('writes', 'uploads')
  @ApiConsumes('multipart/form-data')
  upload(@CurrentResident() resident: ResidentPrincipal, @Query('purpose') purpose: string | undefined, @Req() request: FastifyRequest): Promise<MediaFileView> {
    return receive(request, purpose, { type: 'resident', id: resident.id }, this.media);
  }
}

@ApiTags('文件上传')
@ApiBearerAuth()
@Controller('admin/media')
@UseGuards(StaffAuthGuard)
export class MediaAdminController {
  constructor(private readonly media: MediaService) {}

  /** A staff upload: the scanned letter of a paper application, or a policy's attachments, images, video, audio, captions. */
  @Post()
  @HttpCode(201)
  @RateLimit('writes', 'uploads')
  @ApiConsumes('multipart/form-data')
  upload(@CurrentStaff() staff: StaffPrincipal, @Query('purpose') purpose: string | undefined, @Req() request: FastifyRequest): Promise<MediaFileView> {
    return receive(request, purpose, { type: 'staff', id: staff.id, agencyId: staff.agencyId }, this.media);
  }
}
