import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { RateLimitGuard } from './rate-limit.guard';
import { RATE_LIMIT_NAMES } from './rate-limit.names';
import { RateLimitStorageModule } from './rate-limit-storage.module';
import { SharedThrottlerStorage } from './shared-throttler.storage';

@Global()
@Module({
  imports: [
    RateLimitStorageModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [APP_CONFIG, SharedThrottlerStorage],
      useFactory: (config: AppConfig, storage: SharedThrottlerStorage) => ({
        throttlers: RATE_LIMIT_NAMES.map((name) => ({
          name,
          limit: config.rateLimits?.[name].limit ?? Number.MAX_SAFE_INTEGER,
          ttl: (config.rateLimits?.[name].windowSeconds ?? 60) * 1000,
        })),
        storage,
        // RATE_LIMITS=off (tests only): every limit skipped.
        skipIf: () => config.rateLimits === null,
      }),
    }),
  ],
  providers: [RateLimitGuard],
  exports: [RateLimitStorageModule, RateLimitGuard],
})
export class RateLimitModule {}
