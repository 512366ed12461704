import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, S3Config } from '../../config/app-config';
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

/** Keys are made by the service (date folder + UUID + extension); anything else is refused before touching storage. */
const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/;

/** Where committed files live: a local folder, or an S3-compatible bucket. */
interface ObjectStore {
  put(key: string, incoming: IncomingFile, mime: string): Promise<void>;
  open(key: string, range?: { start: number; end: number }): Promise<Readable>;
  remove(key: string): Promise<void>;
}

class LocalStore implements ObjectStore {
  constructor(private readonly root: string) {}

  async put(key: string, incoming: IncomingFile): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(incoming.temporaryPath, target);
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable> {
    return fs.createReadStream(this.pathOf(key), range);
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...key.split('/'));
  }
}

class S3Store implements ObjectStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Plain signed PUTs: COS, OSS and older MinIO do not all accept the SDK's default streaming checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, incoming: IncomingFile, mime: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: key, Body: fs.createReadStream(incoming.temporaryPath), ContentLength: incoming.size, ContentType: mime }),
    );
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
    return object.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}

/**
 * File storage for media. Uploads stream to a temporary file under MEDIA_DIR (hashed and sniffed there), then are
 * committed under their key to the local folder (a rename: a crash leaves the whole file or none) or to the bucket.
 */
@Injectable()
export class MediaStorage {
  private readonly root: string;
  private readonly store: ObjectStore;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.mediaDir;
    this.store = config.s3 ? new S3Store(config.s3) : new LocalStore(config.mediaDir);
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

  commit(incoming: IncomingFile, key: string, mime: string): Promise<void> {
    return this.store.put(checked(key), incoming, mime);
  }

  async discard(incoming: IncomingFile): Promise<void> {
    await fs.promises.rm(incoming.temporaryPath, { force: true });
  }

  open(key: string, range?: { start: number; end: number }): Promise<Readable> {
    return this.store.open(checked(key), range);
  }

  remove(key: string): Promise<void> {
    return this.store.remove(checked(key));
  }
}

function checked(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key ${key}`);
  return key;
}
