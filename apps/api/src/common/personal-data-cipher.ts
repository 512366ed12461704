import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

/** `k<id>:` names the key a value was encrypted with, so keys can be rotated; `v1:` is the first key's old form. */
const PREFIX = /^k([A-Za-z0-9]{1,8}):(.+)$/;
const LEGACY_PREFIX = 'v1:';
const LEGACY_KEY_ID = '1';

/**
 * Applicants' ID numbers, phones, addresses and e-mail addresses are encrypted at rest with AES-256-GCM
 * (ARCHITECTURE "Personal data"); a keyed fingerprint (HMAC-SHA256) lets the system find the same applicant again
 * (重复申请, Art. 35 volume) without storing the number in clear.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly activeKeyId: string;
  private readonly fingerprintKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    for (const [id, key] of config.secrets.dataKeys) {
      this.keys.set(id, Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'govopen personal data encryption', 32)));
    }
    this.activeKeyId = config.secrets.activeKeyId;
    this.fingerprintKey = config.secrets.fingerprintKey;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `k${this.activeKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** True when `stored` was encrypted with a key other than the active one: the rotation job re-encrypts it. */
  needsReencryption(stored: string): boolean {
    return !stored.startsWith(`k${this.activeKeyId}:`);
  }

  decrypt(stored: string): string {
    const match = stored.startsWith(LEGACY_PREFIX) ? [stored, LEGACY_KEY_ID, stored.slice(LEGACY_PREFIX.length)] : PREFIX.exec(stored);
    if (!match) throw new Error('unknown personal data format');
    const key = this.keys.get(match[1]);
    // A retired key still in use is a configuration fault: say which key id is missing, never the value.
    if (!key) throw new Error(`personal data encrypted with key ${match[1]}, which is not configured`);
    const raw = Buffer.from(match[2], 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  encryptOptional(plain: string | null | undefined): string | null {
    return plain ? this.encrypt(plain) : null;
  }

  decryptOptional(stored: string | null): string | null {
    return stored ? this.decrypt(stored) : null;
  }

  fingerprint(value: string): string {
    return createHmac('sha256', this.fingerprintKey).update(value.trim().toUpperCase()).digest('hex');
  }
}
