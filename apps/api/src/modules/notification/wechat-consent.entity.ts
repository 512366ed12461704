import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/**
 * One answer of a resident to wx.requestSubscribeMessage for one template. An acceptance is one credit (`available`)
 * that one message uses (`used`, named by the notice's wechat_consent_id); a ban, or WeChat's 43101, ends the unused ones (`gone`); reject and filter answers
 * are kept (`noted`) so 我的 can say why nothing arrives.
 */
@Entity('wechat_consent')
export class WechatConsent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'resident_id', type: 'integer' })
  residentId: number;

  @Column({ name: 'template_kind', type: 'varchar', length: 40 })
  templateKind: string;

  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'varchar', length: 10 })
  result: string;

  @Column({ type: 'varchar', length: 10 })
  state: 'available' | 'used' | 'gone' | 'noted';

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true, transformer: utcDate })
  usedAt: Date | null;
}
