import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppException } from '../../common/app-exception';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { MessageIntakeService } from './message-intake.service';

interface PushQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
}

/**
 * WeChat's 消息推送 endpoint (JSON mode): the verdicts of mediaCheckAsync arrive here as `wxa_media_check` events.
 * Every call is signed with the token set in the WeChat console; without one configured the endpoint does not exist.
 */
@ApiExcludeController()
@Controller('wechat/push')
export class WechatPushController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly intake: MessageIntakeService,
  ) {}

  /** The console's URL check: echo back echostr when the signature is ours. */
  @Get()
  verify(@Query() query: PushQuery): string {
    this.assertSigned(query);
    return query.echostr ?? '';
  }

  @Post()
  @HttpCode(200)
  async receive(@Query() query: PushQuery, @Body() body: Record<string, unknown>): Promise<string> {
    this.assertSigned(query);
    if (body?.Event === 'wxa_media_check' && typeof body.trace_id === 'string') {
      const result = body.result as { suggest?: unknown; label?: unknown } | undefined;
      const suggest = result?.suggest === 'pass' || result?.suggest === 'review' || result?.suggest === 'risky' ? result.suggest : 'review';
      await this.intake.recordImageVerdict(body.trace_id, suggest, typeof result?.label === 'number' ? result.label : 0);
    }
    return 'success';
  }

  private assertSigned(query: PushQuery): void {
    const token = this.config.wechat.pushToken;
    if (!token) throw AppException.notFound();
    const { signature, timestamp, nonce } = query;
    if (!signature || !timestamp || !nonce) throw AppException.notFound();
    const expected = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) throw AppException.notFound();
  }
}
