import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { Clock } from '../../common/clock';
import { RateLimitRepository } from './rate-limit.repository';
import { SHARED_LIMITS } from './rate-limit.names';

/**
 * Where each limit counts: sign-in, writes and per-account quotas in the database (they must hold across instances
 * and against parallel bursts); public reads in this instance's memory (no database work on the read path).
 */
@Injectable()
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly local = new ThrottlerStorageService();

  constructor(
    private readonly repository: RateLimitRepository,
    private readonly clock: Clock,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    if (!SHARED_LIMITS.has(throttlerName)) return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    const now = this.clock.now().getTime();
    const { hits, expiresAtMs } = await this.repository.hit(`${throttlerName}:${key}`, ttl, now);
    const seconds = Math.max(1, Math.ceil((expiresAtMs - now) / 1000));
    const blocked = hits > limit;
    return { totalHits: hits, timeToExpire: seconds, isBlocked: blocked, timeToBlockExpire: blocked ? seconds : 0 };
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
  }
}
