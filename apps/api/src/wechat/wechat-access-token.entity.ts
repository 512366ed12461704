import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDate } from '../common/timestamp.transformer';

/** The access token every instance uses (one row per app), so instances do not each fetch their own. */
@Entity('wechat_access_token')
export class WechatAccessToken {
  @PrimaryColumn({ name: 'app_id', type: 'varchar', length: 64 })
  appId: string;

  @Column({ type: 'varchar', length: 600 })
  token: string;

  @Column({ name: 'expires_at', type: 'datetime', transformer: utcDate })
  expiresAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}
