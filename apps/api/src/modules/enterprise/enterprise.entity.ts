import { EnterpriseJoinedVia, EnterpriseMemberRole, EnterpriseMemberStatus, PolicyTopic } from '@govopen/contracts';
import { Qualification } from '@govopen/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** An enterprise's 画像 as its verified members keep it, under one agency; the credit code is its identity there. */
@Entity('enterprise')
export class Enterprise {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  /** 统一社会信用代码, upper case. */
  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'legal_representative', type: 'varchar', length: 40 })
  legalRepresentative: string;

  /** GB/T 4754-2017 as parseIndustryCode reads it: 'C', '39', '3911'. */
  @Column({ name: 'industry_code', type: 'varchar', length: 8 })
  industryCode: string;

  @Column({ type: 'integer' })
  employees: number;

  @Column({ name: 'revenue_wan', type: 'double' })
  revenueWan: number;

  @Column({ name: 'assets_wan', type: 'double', nullable: true })
  assetsWan: number | null;

  @Column({ type: 'varchar', length: 50 })
  district: string;

  @Column({ name: 'founded_on', type: 'varchar', length: 10 })
  foundedOn: string;

  @Column({ name: 'registered_capital_wan', type: 'double', nullable: true })
  registeredCapitalWan: number | null;

  @Column({ type: 'simple-json' })
  qualifications: Required<Qualification>[];

  /** 订阅主题 */
  @Column({ type: 'simple-json' })
  topics: PolicyTopic[];

  /** 免打扰: no pushes. */
  @Column({ type: 'boolean' })
  muted: boolean;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}

/** A resident acting for an enterprise: claimed with evidence (staff decide) or invited by a verified 管理员. */
@Entity('enterprise_member')
export class EnterpriseMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'enterprise_id', type: 'integer' })
  enterpriseId: number;

  @Column({ name: 'resident_id', type: 'integer' })
  residentId: number;

  @Column({ type: 'varchar', length: 10 })
  role: EnterpriseMemberRole;

  @Column({ type: 'varchar', length: 10 })
  status: EnterpriseMemberStatus;

  @Column({ name: 'joined_via', type: 'varchar', length: 12 })
  joinedVia: EnterpriseJoinedVia;

  /** The 授权书/营业执照 upload (media_file, attached to this membership). */
  @Column({ name: 'evidence_file_id', type: 'integer', nullable: true })
  evidenceFileId: number | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 40, nullable: true })
  contactName: string | null;

  @Column({ name: 'phone_enc', type: 'varchar', length: 200, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_masked', type: 'varchar', length: 20, nullable: true })
  phoneMasked: string | null;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy: number | null;

  @Column({ name: 'decided_by_name', type: 'varchar', length: 60, nullable: true })
  decidedByName: string | null;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true, transformer: utcDate })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}

/** One saved change of an enterprise's profile: append-only. */
@Entity('enterprise_revision')
export class EnterpriseRevision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'enterprise_id', type: 'integer' })
  enterpriseId: number;

  /** The profile's version after the change. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'actor_type', type: 'varchar', length: 10 })
  actorType: 'resident' | 'staff' | 'system';

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 60 })
  actorName: string;

  /** EnterpriseFieldChange[] */
  @Column({ type: 'simple-json' })
  changes: { field: string; from: string | null; to: string | null }[];

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}

/** A one-time code a verified 管理员 hands a colleague; accepting it makes them a verified member. */
@Entity('enterprise_invitation')
export class EnterpriseInvitation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'enterprise_id', type: 'integer' })
  enterpriseId: number;

  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ name: 'created_by_member_id', type: 'integer' })
  createdByMemberId: number;

  @Column({ name: 'expires_at', type: 'datetime', transformer: utcDate })
  expiresAt: Date;

  @Column({ name: 'accepted_by', type: 'integer', nullable: true })
  acceptedBy: number | null;

  @Column({ name: 'accepted_at', type: 'datetime', nullable: true, transformer: utcDate })
  acceptedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}

/** 所在区（市）/功能区 an agency's enterprises choose from (a setting per agency). */
@Entity('enterprise_district')
export class EnterpriseDistrict {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}
