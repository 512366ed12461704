import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';

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

  async put(key: string, content: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    await fs.promises.writeFile(temporary, content, { flag: 'wx' });
    await fs.promises.rename(temporary, target);
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
