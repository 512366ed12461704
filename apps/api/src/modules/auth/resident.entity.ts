import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** A person using the mini-program, known by their WeChat openid (or a dev-login id in the H5 build). */
@Entity('resident')
export class Resident {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  openid: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  nickname: string | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: 'datetime', transformer: utcDate })
  lastLoginAt: Date;

  /** Bumped to end every session of this resident (revocation); tokens carry the version they were issued with. */
  @Column({ name: 'token_version', type: 'integer', default: 1 })
  tokenVersion: number;
}
