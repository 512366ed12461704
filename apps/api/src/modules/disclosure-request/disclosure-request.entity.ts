import {
  ApplicantType,
  DeliveryMethod,
  DisclosureStatus,
  IdDocumentType,
  OrganizationKind,
  ProvisionMethod,
  RequestChannelName,
} from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** 依申请公开 case. Personal data only encrypted (`*_enc`) or masked; status and dates are projections of the events. */
@Entity('disclosure_request')
export class DisclosureRequest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'tracking_number', type: 'varchar', length: 24, nullable: true })
  trackingNumber: string | null;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'resident_id', type: 'integer', nullable: true })
  residentId: number | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'varchar', length: 20 })
  channel: RequestChannelName;

  @Column({ name: 'applicant_type', type: 'varchar', length: 20 })
  applicantType: ApplicantType;

  @Column({ name: 'organization_kind', type: 'varchar', length: 20, nullable: true })
  organizationKind: OrganizationKind | null;

  @Column({ name: 'applicant_name', type: 'varchar', length: 100 })
  applicantName: string;

  @Column({ name: 'id_type', type: 'varchar', length: 20, nullable: true })
  idType: IdDocumentType | null;

  @Column({ name: 'id_number_enc', type: 'text', nullable: true })
  idNumberEnc: string | null;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 24, nullable: true })
  idNumberMasked: string | null;

  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ name: 'legal_representative', type: 'varchar', length: 50, nullable: true })
  legalRepresentative: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ name: 'phone_enc', type: 'text' })
  phoneEnc: string;

  @Column({ name: 'phone_masked', type: 'varchar', length: 24 })
  phoneMasked: string;

  @Column({ name: 'address_enc', type: 'text' })
  addressEnc: string;

  @Column({ type: 'varchar', length: 6, nullable: true })
  postcode: string | null;

  @Column({ name: 'email_enc', type: 'text', nullable: true })
  emailEnc: string | null;

  @Column({ name: 'work_unit', type: 'varchar', length: 100, nullable: true })
  workUnit: string | null;

  @Column({ name: 'applicant_fingerprint', type: 'varchar', length: 64 })
  applicantFingerprint: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ name: 'provision_method', type: 'varchar', length: 20 })
  provisionMethod: ProvisionMethod;

  @Column({ name: 'delivery_method', type: 'varchar', length: 20 })
  deliveryMethod: DeliveryMethod;

  @Column({ type: 'boolean' })
  pledge: boolean;

  @Column({ type: 'varchar', length: 30 })
  status: DisclosureStatus;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ name: 'received_date', type: 'varchar', length: 10, nullable: true })
  receivedDate: string | null;

  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  @Column({ name: 'sort_due_date', type: 'varchar', length: 10 })
  sortDueDate: string;

  @Column({ name: 'closed_date', type: 'varchar', length: 10, nullable: true })
  closedDate: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome: string | null;

  /** Where the case counts in annual report table 三 (the domain's table3CodesOf): its applicant column… */
  @Column({ name: 'report_column', type: 'smallint', nullable: true })
  reportColumn: number | null;

  /** …and, once closed, the leaf of 三 it closed in. */
  @Column({ name: 'report_leaf', type: 'smallint', nullable: true })
  reportLeaf: number | null;

  @Column({ type: 'boolean' })
  extended: boolean;

  @Column({ name: 'submitted_at', type: 'datetime', transformer: utcDate })
  submittedAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}
