import { MediaPurpose } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

@Entity('media_file')
export class MediaFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'owner_type', type: 'varchar', length: 10 })
  ownerType: 'resident' | 'staff';

  @Column({ name: 'owner_id', type: 'integer' })
  ownerId: number;

  @Column({ type: 'varchar', length: 30 })
  purpose: MediaPurpose;

  @Column({ name: 'original_name', type: 'varchar', length: 120 })
  originalName: string;

  @Column({ type: 'varchar', length: 100 })
  mime: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ name: 'attached_type', type: 'varchar', length: 40, nullable: true })
  attachedType: string | null;

  @Column({ name: 'attached_id', type: 'integer', nullable: true })
  attachedId: number | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}
