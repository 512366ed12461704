import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WechatAccessToken } from './wechat-access-token.entity';

export interface StoredToken {
  token: string;
  expiresAt: Date;
}

/** The shared access-token cache. Times here are real time: WeChat's token lives 7,200 real seconds. */
@Injectable()
export class WechatAccessTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(appId: string): Promise<StoredToken | null> {
    const row = await this.dataSource.getRepository(WechatAccessToken).findOneBy({ appId });
    return row ? { token: row.token, expiresAt: row.expiresAt } : null;
  }

  async save(appId: string, token: string, expiresAt: Date, now: Date): Promise<void> {
    await this.dataSource.getRepository(WechatAccessToken).upsert({ appId, token, expiresAt, updatedAt: now }, ['appId']);
  }

  /** Forgets the token only if it is still the one that failed: another instance may already have a fresh one. */
  async forget(appId: string, token: string): Promise<void> {
    await this.dataSource.getRepository(WechatAccessToken).delete({ appId, token });
  }
}
