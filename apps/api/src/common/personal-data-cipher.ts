import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

const VERSION = 'v1';

/**
 * Applicants' ID numbers, phones, addresses and e-mail addresses are encrypted at rest with AES-256-GCM
 * (ARCHITECTURE "Personal data"); a keyed fingerprint (HMAC-SHA256) lets the system find the same applicant again
 * (重复申请, Art. 35 volume) without storing the number in clear.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly fingerprintKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Separate keys for the two uses, both derived from the one configured secret.
    this.encryptionKey = Buffer.from(hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'govopen personal data encryption', 32));
    this.fingerprintKey = Buffer.from(hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'govopen personal data fingerprint', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown personal data format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
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
