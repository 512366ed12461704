import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MAX_ATTACHMENTS, MEDIA_PURPOSE_LABELS, MEDIA_RULES, MediaFileView, MediaPurpose, PublicMediaView } from '@govopen/contracts';
import { fileTypeFromBuffer } from 'file-type';
import type { FastifyReply } from 'fastify';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { MediaFile } from './media-file.entity';
import { MediaRepository } from './media.repository';
import { IncomingFile, MediaStorage } from './media-storage';

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
  'video/webm': 'WebM 视频',
  'video/quicktime': 'MOV 视频',
  'audio/mpeg': 'MP3 音频',
  'audio/x-m4a': 'M4A 音频',
  'audio/mp4': 'M4A 音频',
  'text/vtt': 'WebVTT 字幕',
  'application/x-msdownload': 'Windows 可执行程序',
  'application/x-elf': '可执行程序',
  'application/zip': 'ZIP 压缩包',
  'application/x-rar-compressed': 'RAR 压缩包',
};
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/ogg': 'ogg',
  'text/vtt': 'vtt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/zip': 'zip',
};
/** Played or shown in the page; everything else (PDF, Office files) is downloaded, never rendered from our origin. */
const INLINE_MIMES = /^(image|video|audio)\/|^text\/vtt$/;
/** How long a signed link to unpublished media (a reviewer's preview) works. */
const SIGNED_URL_SECONDS = 3600;
/** Which records' files are public once those records are published; each content module registers its own check. */
export type PublicationCheck = (ids: number[]) => Promise<Set<number>>;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Accepts, stores and serves uploaded files. The type is sniffed from the bytes (file-type), never taken from the
 * client's name or header; the client's name is kept only as a label and never reaches a file path.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger('Media');
  private readonly publicationChecks = new Map<string, PublicationCheck>();
  private readonly signingKey: Buffer;

  constructor(
    private readonly clock: Clock,
    private readonly repository: MediaRepository,
    private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.signingKey = config.secrets.mediaSigningKey;
  }

  registerPublicationCheck(attachedType: string, check: PublicationCheck): void {
    this.publicationChecks.set(attachedType, check);
  }

  /** Streams one upload to disk, then accepts it or throws (the partial file removed either way it fails). */
  async upload(owner: MediaOwner, purpose: MediaPurpose, fileName: string, stream: Readable & { truncated?: boolean }): Promise<MediaFileView> {
    const rule = MEDIA_RULES[purpose];
    const name = checkFileName(fileName);
    const incoming = await this.storage.receive(stream);
    try {
      if (stream.truncated || incoming.size > rule.maxBytes) throw tooLarge(rule.maxBytes);
      if (incoming.size === 0) throw AppException.invalid('file', '文件是空的，请重新选择');
      const mime = await sniff(incoming, purpose, name);
      const now = this.clock.now();
      const extension = extensionFor(mime, name);
      const key = `${now.toISOString().slice(0, 4)}/${now.toISOString().slice(5, 7)}/${randomUUID()}.${extension}`;
      await this.storage.commit(incoming, key, mime);
      try {
        const file = await this.repository.insert({
          agencyId: owner.agencyId ?? (await this.repository.servingAgencyId()),
          ownerType: owner.type,
          ownerId: owner.id,
          purpose,
          // The label says what the file is: a PNG called "scan.jpg" is shown as "scan.png".
          originalName: withExtension(name, extension),
          mime,
          sizeBytes: incoming.size,
          sha256: incoming.sha256,
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
    } finally {
      await this.storage.discard(incoming);
    }
  }

  /**
   * Makes exactly `ids` the files attached to a record, in the record's transaction: files no longer listed are
   * released; new ones must be the owner's own unattached uploads. Answers the attached files.
   */
  async attachExactly(manager: Transaction, ids: number[], owner: MediaOwner, attachedType: string, attachedId: number, field: string): Promise<MediaFile[]> {
    const unique = [...new Set(ids)];
    if (unique.length > 50) throw AppException.invalid(field, '附件最多 50 个');
    await this.repository.releaseExcept(manager, attachedType, attachedId, unique);
    const already = await this.repository.attachedTo(attachedType, [attachedId], manager);
    const missing = unique.filter((id) => !already.some((file) => file.id === id));
    if (missing.length) {
      const claimed = await this.repository.claim(manager, missing, { ownerType: owner.type, ownerId: owner.id }, attachedType, attachedId);
      if (claimed !== missing.length) throw AppException.invalid(field, '文件不存在、不是您上传的或已被其他内容使用，请重新上传');
    }
    return this.repository.attachedTo(attachedType, [attachedId], manager);
  }

  /** How a reader reaches a file: a plain link once its record is public, a signed short-lived one before (review previews). */
  publicView(file: MediaFile, signed: boolean): PublicMediaView {
    let url = `/api/media/${file.id}/content`;
    if (signed) {
      const expires = Math.floor(this.clock.now().getTime() / 1000) + SIGNED_URL_SECONDS;
      url += `?expires=${expires}&signature=${this.sign(file.id, expires)}`;
    }
    return { id: file.id, name: file.originalName, mime: file.mime, size: file.sizeBytes, url };
  }

  /**
   * Serves a file of published content (or with a valid signature) with HTTP range support, so video and audio
   * seek without downloading the whole file.
   */
  async serve(id: number, signature: { expires?: string; signature?: string }, range: string | undefined, reply: FastifyReply): Promise<FastifyReply> {
    const file = await this.repository.findById(id);
    const signed = file !== null && this.verify(id, signature);
    const published = file !== null && !signed && (await this.isPublished(file));
    if (!file || (!signed && !published)) throw AppException.notFound('文件不存在或尚未公开');
    reply
      .header('accept-ranges', 'bytes')
      .header('content-type', file.mime === 'text/vtt' ? 'text/vtt; charset=utf-8' : file.mime)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', published ? 'public, max-age=3600' : 'private, no-store')
      .header('content-disposition', `${INLINE_MIMES.test(file.mime) ? 'inline' : 'attachment'}; filename="file.${EXTENSIONS[file.mime] ?? 'bin'}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`);
    const wanted = parseRange(range, file.sizeBytes);
    if (wanted === 'unsatisfiable') {
      return reply.status(416).header('content-range', `bytes */${file.sizeBytes}`).send();
    }
    const stream = await this.storage.open(file.storageKey, wanted ?? undefined);
    stream.on('error', (error) => this.logger.error(`media ${file.id} unreadable: ${error.message}`));
    if (!wanted) return reply.header('content-length', String(file.sizeBytes)).send(stream);
    return reply
      .status(206)
      .header('content-range', `bytes ${wanted.start}-${wanted.end}/${file.sizeBytes}`)
      .header('content-length', String(wanted.end - wanted.start + 1))
      .send(stream);
  }

  private async isPublished(file: MediaFile): Promise<boolean> {
    const check = file.attachedType ? this.publicationChecks.get(file.attachedType) : undefined;
    if (!check || file.attachedId === null) return false;
    return (await check([file.attachedId])).has(file.attachedId);
  }

  private sign(id: number, expires: number): string {
    return createHmac('sha256', this.signingKey).update(`${id}.${expires}`).digest('base64url');
  }

  private verify(id: number, { expires, signature }: { expires?: string; signature?: string }): boolean {
    if (!expires || !signature || !/^\d{1,12}$/.test(expires)) return false;
    if (Number(expires) * 1000 < this.clock.now().getTime()) return false;
    const expected = Buffer.from(this.sign(id, Number(expires)));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Attaches the owner's uploaded files to a record, in the record's transaction: all of them or an error. */
  async claim(manager: Transaction, ids: number[] | undefined, owner: MediaOwner, attachedType: string, attachedId: number, field: string): Promise<void> {
    const unique = [...new Set(ids ?? [])];
    if (!unique.length) return;
    if (unique.length > MAX_ATTACHMENTS) throw AppException.invalid(field, `附件最多 ${MAX_ATTACHMENTS} 个`);
    const claimed = await this.repository.claim(manager, unique, { ownerType: owner.type, ownerId: owner.id }, attachedType, attachedId);
    if (claimed !== unique.length) throw AppException.invalid(field, '附件不存在、不是您上传的或已被使用，请重新上传');
  }

  async attachedTo(attachedType: string, attachedIds: number[], manager?: Transaction): Promise<Map<number, MediaFileView[]>> {
    const files = await this.repository.attachedTo(attachedType, attachedIds, manager);
    const byRecord = new Map<number, MediaFileView[]>();
    for (const file of files) byRecord.set(file.attachedId!, [...(byRecord.get(file.attachedId!) ?? []), toView(file)]);
    return byRecord;
  }

  /** The stored files of records, raw (for views that build their own links). */
  filesAttachedTo(attachedType: string, attachedIds: number[], manager?: Transaction): Promise<MediaFile[]> {
    return this.repository.attachedTo(attachedType, attachedIds, manager);
  }

  async findAttached(attachedType: string, attachedId: number, id: number): Promise<MediaFile> {
    const file = await this.repository.findAttached(attachedType, attachedId, id);
    if (!file) throw AppException.notFound('附件不存在');
    return file;
  }

  /** Sends a stored file as a download: never rendered inline from our origin, never content-sniffed by the browser. */
  async send(file: MediaFile, reply: FastifyReply): Promise<FastifyReply> {
    const stream = await this.storage.open(file.storageKey);
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

/** The type from the bytes; a caption file is text, which has no magic number, so it is checked as WebVTT. */
async function sniff(incoming: IncomingFile, purpose: MediaPurpose, name: string): Promise<string> {
  const rule = MEDIA_RULES[purpose];
  if (purpose === 'captions' && isWebVtt(incoming.head)) return 'text/vtt';
  let sniffed: Awaited<ReturnType<typeof fileTypeFromBuffer>>;
  try {
    sniffed = await fileTypeFromBuffer(incoming.head);
  } catch {
    // file-type opens ZIP containers to tell .docx from .xlsx and throws on a broken one (bad deflate data, a
    // header where none should be, an unknown method): the upload is damaged, not our fault.
    throw new AppException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `文件“${name}”已损坏，无法识别其内容，请重新导出或换一个文件后上传（这里只接受${rule.description}）`, 'file');
  }
  if (sniffed && rule.mimes.includes(sniffed.mime)) return sniffed.mime;
  if (purpose === 'captions' && !sniffed) {
    throw new AppException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `文件“${name}”不是 WebVTT 字幕：应为 UTF-8 文本，以“WEBVTT”开头`, 'file');
  }
  const actual = sniffed ? KIND_NAMES[sniffed.mime] ?? `${sniffed.ext.toUpperCase()} 文件` : '无法识别的文件';
  throw new AppException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `文件“${name}”的内容是${actual}，这里只接受${rule.description}`, 'file');
}

function isWebVtt(content: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  return /^\uFEFF?WEBVTT(?:[ \t][^\n]*)?(?:\r?\n|$)/.test(text);
}

/** One "bytes=a-b" range (what players send); several ranges are answered with the whole file, as RFC 9110 allows. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/** Old Office files share one container format (CFB); the client's extension only chooses among those. */
function extensionFor(mime: string, name: string): string {
  if (EXTENSIONS[mime]) return EXTENSIONS[mime];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (mime === 'application/x-cfb') return ['doc', 'xls', 'ppt', 'wps', 'et'].includes(extension) ? extension : 'doc';
  return 'bin';
}

function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (current === extension || (extension === 'jpg' && current === 'jpeg')) return name;
  return `${stem}.${extension}`;
}
