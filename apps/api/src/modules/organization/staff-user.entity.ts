import { StaffRole } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

@Entity('staff_user')
export class StaffUser {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'varchar', length: 40, unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  /** Comma-separated StaffRole values. */
  @Column({ type: 'simple-array' })
  roles: StaffRole[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Demo accounts are seeded for trying the product and flagged so nobody mistakes them for real staff. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'datetime', nullable: true, transformer: utcDate })
  lockedUntil: Date | null;

  /** Bumped on password change or deactivation: tokens issued before stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true, transformer: utcDate })
  lastLoginAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}

export interface NewStaffUser {
  agencyId: number;
  unitId: number | null;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: StaffRole[];
  demo?: boolean;
}

/** A staff account as it starts: active, unlocked, never signed in. */
export function newStaffUser(input: NewStaffUser, now: Date): StaffUser {
  return Object.assign(new StaffUser(), {
    ...input,
    demo: input.demo ?? false,
    active: true,
    failedLogins: 0,
    lockedUntil: null,
    tokenVersion: 0,
    lastLoginAt: null,
    createdAt: now,
  });
}
