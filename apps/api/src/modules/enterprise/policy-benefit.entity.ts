import { PolicyBenefitStatus, PolicyConditions, PolicyTopic } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** A 惠企政策 item (申兑指南) with its applicability conditions as data. */
@Entity('policy_benefit')
export class PolicyBenefit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  /** The policy document it is derived from (policy_document), if any. */
  @Column({ name: 'document_id', type: 'integer', nullable: true })
  documentId: number | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** 申报条件 */
  @Column({ name: 'application_conditions', type: 'text' })
  applicationConditions: string;

  /** 支持标准 */
  @Column({ name: 'support_standard', type: 'text' })
  supportStandard: string;

  /** 申报时间 */
  @Column({ name: 'application_period', type: 'varchar', length: 200 })
  applicationPeriod: string;

  /** 受理科室 */
  @Column({ name: 'accepting_unit', type: 'varchar', length: 100 })
  acceptingUnit: string;

  /** 咨询电话 */
  @Column({ name: 'consult_phone', type: 'varchar', length: 40 })
  consultPhone: string;

  @Column({ type: 'simple-json' })
  topics: PolicyTopic[];

  /** Valid by validatePolicyConditions when saved. */
  @Column({ type: 'simple-json' })
  conditions: PolicyConditions;

  @Column({ type: 'varchar', length: 10 })
  status: PolicyBenefitStatus;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy: number;

  @Column({ name: 'created_by_name', type: 'varchar', length: 60 })
  createdByName: string;

  @Column({ name: 'published_at', type: 'datetime', nullable: true, transformer: utcDate })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}
