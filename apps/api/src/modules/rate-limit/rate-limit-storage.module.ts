import { Module } from '@nestjs/common';
import { RateLimitRepository } from './rate-limit.repository';
import { SharedThrottlerStorage } from './shared-throttler.storage';

/** The counters, apart from the throttler module so that its async options can inject them. */
@Module({
  providers: [RateLimitRepository, SharedThrottlerStorage],
  exports: [RateLimitRepository, SharedThrottlerStorage],
})
export class RateLimitStorageModule {}
