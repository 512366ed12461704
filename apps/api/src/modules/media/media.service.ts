import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { MAX_ATTACHMENTS, MEDIA_PURPOSE_LABELS, MEDIA_RULES, MediaFileView, MediaPurpose } from '@govopen/contracts';
import { fileTypeFromBuffer } from 'file-type';
import type { FastifyReply } from 'fastify';
import { EntityManager } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { MediaFile } from './media-file.entity';
import { MediaRepository } from './media.repository';
import { MediaStorage } from './media-storage';

export interface MediaOwner {
  type: MediaFile['ownerType'];
  id: number;
  agencyId?: number;
}

/** What people call the types we can recognise, for a refusal that says what the file really is. */
const KIND_NAMES: Record<string, string> = {
  'image/jpeg': 'JPG 图片',
  'image/png': 'PNG 图片',
  'application/pdf': 'PDF 文档',
  'image/gif': 'GIF 图片',
  'image/webp': 'WebP 图片',
  'video/mp4': 'MP4 视频',
  'application/x-msdownload': 'Windows 可执行程序',
  'application/x-elf': '可执行程序',
  'application/zip': 'ZIP 压缩包',
  'application/x-rar-compressed': 'RAR 压缩包',
};
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** Uploads one account may make in an hour: generous for a person, a wall for a script. */
const UPLOADS_PER_HOUR = 60;

/**
 * Accepts, stores and serves uploaded files. The type is sniffed from the bytes (file-type), never taken from the
 * client's name or header; the client's name is kept only as a label and never reaches a file path.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger('Media');

  constructor(
    private readonly clock: Clock,
    private readonly repository: MediaRepository,
    private readonly storage: MediaStorage,
  ) {}

  async upload(owner: MediaOwner, purpose: MediaPurpose, fileName: string, content: Buffer): Promise<MediaFileView> {
    const rule = MEDIA_RULES[purpose];
    const name = checkFileName(fileName);
    if (content.length === 0) throw AppException.invalid('file', '文件是空的，请重新选择');
    if (content.length > rule.maxBytes) throw tooLarge(rule.maxBytes);
    const sniffed = await fileTypeFromBuffer(content);
    if (!sniffed || !rule.mimes.includes(sniffed.mime)) {
      const actual = sniffed ? KIND_NAMES[sniffed.mime] ?? `${sniffed.ext.toUpperCase()} 文件` : '无法识别的文件';
      throw new AppException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `文件“${name}”的内容是${actual}，这里只接受${rule.description}`, 'file');
    }
    const since = new Date(this.clock.now().getTime() - 3_600_000);
    if ((await this.repository.countRecent(owner.type, owner.id, since)) >= UPLOADS_PER_HOUR) {
      throw new AppException(ErrorCode.RATE_LIMITED, `一小时内最多上传 ${UPLOADS_PER_HOUR} 个文件，请稍后再试`);
    }
    const now = this.clock.now();
    const extension = EXTENSIONS[sniffed.mime] ?? sniffed.ext;
    const key = `${now.toISOString().slice(0, 4)}/${now.toISOString().slice(5, 7)}/${randomUUID()}.${extension}`;
    await this.storage.put(key, content);
    try {
      const file = await this.repository.insert({
        agencyId: owner.agencyId ?? (await this.repository.servingAgencyId()),
        ownerType: owner.type,
        ownerId: owner.id,
        purpose,
        // The label says what the file is: a PNG called "scan.jpg" is shown as "scan.png".
        originalName: withExtension(name, extension),
        mime: sniffed.mime,
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        storageKey: key,
        attachedType: null,
        attachedId: null,
        createdAt: now,
      });
      return toView(file);
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
  }

  /** Attaches the owner's uploaded files to a record, in the record's transaction: all of them or an error. */
  async claim(manager: EntityManager, ids: number[] | undefined, owner: MediaOwner, attachedType: string, attachedId: number, field: string): Promise<void> {
    const unique = [...new Set(ids ?? [])];
    if (!unique.length) return;
    if (unique.length > MAX_ATTACHMENTS) throw AppException.invalid(field, `附件最多 ${MAX_ATTACHMENTS} 个`);
    const claimed = await this.repository.claim(manager, unique, { ownerType: owner.type, ownerId: owner.id }, attachedType, attachedId);
    if (claimed !== unique.length) throw AppException.invalid(field, '附件不存在、不是您上传的或已被使用，请重新上传');
  }

  async attachedTo(attachedType: string, attachedIds: number[], manager?: EntityManager): Promise<Map<number, MediaFileView[]>> {
    const files = await this.repository.attachedTo(attachedType, attachedIds, manager);
    const byRecord = new Map<number, MediaFileView[]>();
    for (const file of files) byRecord.set(file.attachedId!, [...(byRecord.get(file.attachedId!) ?? []), toView(file)]);
    return byRecord;
  }

  async findAttached(attachedType: string, attachedId: number, id: number): Promise<MediaFile> {
    const file = await this.repository.findAttached(attachedType, attachedId, id);
    if (!file) throw AppException.notFound('附件不存在');
    return file;
  }

  /** Sends a stored file as a download: never rendered inline from our origin, never content-sniffed by the browser. */
  send(file: MediaFile, reply: FastifyReply): FastifyReply {
    const stream = this.storage.open(file.storageKey);
    stream.on('error', (error) => this.logger.error(`media ${file.id} unreadable: ${error.message}`));
    return reply
      .header('content-type', file.mime)
      .header('content-length', String(file.sizeBytes))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="file.${EXTENSIONS[file.mime] ?? 'bin'}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
      .send(stream);
  }
}

export function toView(file: MediaFile): MediaFileView {
  return { id: file.id, name: file.originalName, mime: file.mime, size: file.sizeBytes, purpose: file.purpose, purposeLabel: MEDIA_PURPOSE_LABELS[file.purpose] };
}

export function tooLarge(maxBytes: number): AppException {
  return new AppException(ErrorCode.PAYLOAD_TOO_LARGE, `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB，请压缩后再上传`, 'file');
}

/**
 * The client's file name, as a label only. A name that tries to climb folders or carries control characters is
 * refused outright: it is never used as a path, but such a name is a probe, not a person's file.
 */
export function checkFileName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (!name) return '未命名文件';
  if (/[/\\]/.test(name) || CONTROL_CHARACTERS.test(name) || /^\.+$/.test(name)) {
    throw AppException.invalid('file', `文件名“${name.replace(new RegExp(CONTROL_CHARACTERS, 'g'), '?').slice(0, 60)}”不合法：不能包含路径分隔符或控制字符`);
  }
  if (name.length > 100) throw AppException.invalid('file', '文件名不超过 100 个字符');
  return name;
}

function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (current === extension || (extension === 'jpg' && current === 'jpeg')) return name;
  return `${stem}.${extension}`;
}
