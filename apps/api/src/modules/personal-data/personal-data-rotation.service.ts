import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BackgroundTimer } from '../../common/background-timer';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { ENCRYPTED_COLUMNS, EncryptedTable, PersonalDataRepository } from './personal-data.repository';

const BATCH = 200;

export interface RotationRun {
  /** Values re-encrypted under the active key in this run. */
  reencrypted: number;
  /** Rows still holding a value under another key (0 when the old keys can be removed). */
  remaining: number;
}

/**
 * Key rotation (README "Rotating the encryption key"): after a new key is put first in DATA_ENCRYPTION_KEYS, every
 * instance re-encrypts old values in small batches on its timer; when `remaining` is 0 the old key can go.
 */
@Injectable()
export class PersonalDataRotationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PersonalDataRotation');
  private readonly timer = new BackgroundTimer(this.logger, 'personal data re-encryption');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: PersonalDataRepository,
  ) {}

  onApplicationBootstrap(): void {
    // Only worth a timer while an old key is configured.
    if (this.config.secrets.dataKeys.size > 1) this.timer.start(this.config.reminderIntervalMs, () => this.run());
  }

  onApplicationShutdown(): void {
    this.timer.stop();
  }

  async run(): Promise<RotationRun> {
    const prefix = `k${this.config.secrets.activeKeyId}:`;
    let reencrypted = 0;
    let remaining = 0;
    for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
      for (const row of await this.repository.stale(table, prefix, BATCH)) {
        const before: Record<string, string> = {};
        const after: Record<string, string> = {};
        for (const [column, value] of Object.entries(row.values)) {
          if (value === null || !this.cipher.needsReencryption(value)) continue;
          before[column] = value;
          after[column] = this.cipher.encrypt(this.cipher.decrypt(value));
        }
        if (await this.repository.replace(table, row.id, before, after)) reencrypted += Object.keys(after).length;
      }
      remaining += (await this.repository.stale(table, prefix, 1)).length;
    }
    if (reencrypted) this.logger.log(`re-encrypted ${reencrypted} values under key ${this.config.secrets.activeKeyId}`);
    return { reencrypted, remaining };
  }
}
