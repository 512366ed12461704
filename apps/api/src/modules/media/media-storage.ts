import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';

/** Enough of the start of a file to sniff its type (zip-based Office files need their first entries) and to check a caption file whole. */
const HEAD_BYTES = 1024 * 1024;

/** An upload written to a temporary file, not yet under a key: committed once its type is known to be acceptable. */
export interface IncomingFile {
  temporaryPath: string;
  size: number;
  head: Buffer;
  sha256: string;
}

/** Keys are made by the service (date folder + UUID + extension); anything else is refused before touching the disk. */
const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/;

/**
 * Local-disk file storage under MEDIA_DIR. A write goes to a temporary name and is renamed into place, so a crash
 * leaves either the whole file or none under its key.
 */
@Injectable()
export class MediaStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.mediaDir;
  }

  /** Streams an upload to a temporary file (never whole in memory: videos run to hundreds of MB), hashing as it goes. */
  async receive(stream: Readable): Promise<IncomingFile> {
    const folder = path.join(this.root, '.incoming');
    await fs.promises.mkdir(folder, { recursive: true });
    const temporaryPath = path.join(folder, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const out = fs.createWriteStream(temporaryPath, { flags: 'wx' });
    try {
      for await (const chunk of stream) {
        const buffer = chunk as Buffer;
        size += buffer.length;
        hash.update(buffer);
        if (headLength < HEAD_BYTES) {
          headChunks.push(buffer.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(buffer.length, HEAD_BYTES - headLength);
        }
        if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    } catch (error) {
      out.destroy();
      await fs.promises.rm(temporaryPath, { force: true });
      throw error;
    }
    return { temporaryPath, size, head: Buffer.concat(headChunks), sha256: hash.digest('hex') };
  }

  async commit(incoming: IncomingFile, key: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(incoming.temporaryPath, target);
  }

  async discard(incoming: IncomingFile): Promise<void> {
    await fs.promises.rm(incoming.temporaryPath, { force: true });
  }

  open(key: string, range?: { start: number; end: number }): fs.ReadStream {
    return fs.createReadStream(this.pathOf(key), range);
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, ...key.split('/'));
  }
}
