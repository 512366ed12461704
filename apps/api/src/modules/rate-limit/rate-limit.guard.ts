import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, InjectThrottlerStorage, SkipThrottle, ThrottlerGuard, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { bearerTokenOf, TokenService } from '../session/token.service';
import { ACCOUNT_LIMITS, RATE_LIMIT_NAMES, RateLimitName } from './rate-limit.names';

type HandleRequest = ThrottlerGuard['handleRequest'];
type ThrottleDetail = Parameters<ThrottlerGuard['throwThrottlingException']>[1];

/**
 * @nestjs/throttler with our keys and answer: per-account limits key on the signed-in resident or staff member
 * (the client address when signed out), and a limited request gets a Chinese 429 with Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: TokenService,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(props: Parameters<HandleRequest>[0]): ReturnType<HandleRequest> {
    if (!ACCOUNT_LIMITS.has(props.throttler.name ?? '')) return super.handleRequest(props);
    return super.handleRequest({ ...props, getTracker: (request: Record<string, unknown>) => this.accountOf(request as unknown as FastifyRequest) });
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottleDetail): Promise<void> {
    context.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(detail.timeToBlockExpire));
    const minutes = Math.ceil(detail.timeToBlockExpire / 60);
    throw new AppException(ErrorCode.RATE_LIMITED, `操作过于频繁，请 ${detail.timeToBlockExpire < 60 ? `${detail.timeToBlockExpire} 秒` : `${minutes} 分钟`}后再试`);
  }

  private accountOf(request: FastifyRequest): string {
    const token = bearerTokenOf(request.headers.authorization);
    const resident = token ? this.tokens.verifyResident(token) : null;
    if (resident) return `resident:${resident.sub}`;
    const staff = token ? this.tokens.verifyStaff(token) : null;
    if (staff) return `staff:${staff.sub}`;
    return `address:${request.ip}`;
  }
}

/** Applies the named limits to a route or controller, and only those. */
export function RateLimit(...names: RateLimitName[]): MethodDecorator & ClassDecorator {
  const skipped = Object.fromEntries(RATE_LIMIT_NAMES.filter((name) => !names.includes(name)).map((name) => [name, true]));
  return applyDecorators(SkipThrottle(skipped), UseGuards(RateLimitGuard));
}
