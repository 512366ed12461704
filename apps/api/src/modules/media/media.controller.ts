import { applyDecorators, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiFileResponse } from '../../openapi/api-file-response';

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

/** The upload's wire shape: the purpose in the query string, one file in the multipart field `file`. */
function ApiUpload(): MethodDecorator {
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiQuery({ name: 'purpose', required: true, enum: Object.keys(MEDIA_RULES), description: '文件用途，决定可接受的类型与大小上限' }),
    ApiBody({
      required: true,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: '要上传的文件（仅一个）' } } },
    }),
  );
}

@ApiTags('文件上传')
@ApiBearerAuth()
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /** A file of published content (or with a signed preview link); supports Range so players can seek. */
  @ApiOperation({ summary: '获取文件内容' })
  @Get(':id/content')
  @ApiFileResponse('application/octet-stream', '文件内容（类型见 Content-Type）', { partial: true })
  @ApiResponse({ status: 416, description: '请求的范围超出文件大小（Content-Range 给出文件大小），无内容' })
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
  @ApiOperation({ summary: '上传文件（居民）' })
  @Post()
  @HttpCode(201)
  @UseGuards(ResidentAuthGuard)
  @RateLimit('writes', 'uploads')
  @ApiUpload()
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
  @ApiOperation({ summary: '上传文件（工作人员）' })
  @Post()
  @HttpCode(201)
  @RateLimit('writes', 'uploads')
  @ApiUpload()
  upload(@CurrentStaff() staff: StaffPrincipal, @Query('purpose') purpose: string | undefined, @Req() request: FastifyRequest): Promise<MediaFileView> {
    return receive(request, purpose, { type: 'staff', id: staff.id, agencyId: staff.agencyId }, this.media);
  }
}
