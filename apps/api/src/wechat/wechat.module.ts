import { Global, Module } from '@nestjs/common';
import { WechatAccessTokenRepository } from './wechat-access-token.repository';
import { WechatClient } from './wechat.client';

@Global()
@Module({ providers: [WechatClient, WechatAccessTokenRepository], exports: [WechatClient] })
export class WechatModule {}
