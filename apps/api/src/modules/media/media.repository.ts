import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { MediaFile } from './media-file.entity';

@Injectable()
export class MediaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(file: Omit<MediaFile, 'id'>): Promise<MediaFile> {
    return this.dataSource.getRepository(MediaFile).save(file as MediaFile);
  }

  /** Marks the owner's unclaimed files as the record's; answers how many it claimed. */
  async claim(tx: Transaction, ids: number[], owner: Pick<MediaFile, 'ownerType' | 'ownerId'>, attachedType: string, attachedId: number): Promise<number> {
    const manager = managerOf(tx);
    const result = await manager
      .getRepository(MediaFile)
      .update({ id: In(ids), ownerType: owner.ownerType, ownerId: owner.ownerId, attachedId: IsNull() }, { attachedType, attachedId });
    return result.affected ?? 0;
  }

  /** Lets go of a record's files that are no longer listed; they become the uploader's unattached files again. */
  async releaseExcept(tx: Transaction, attachedType: string, attachedId: number, keep: number[]): Promise<void> {
    const manager = managerOf(tx);
    await manager
      .getRepository(MediaFile)
      .update(keep.length ? { attachedType, attachedId, id: Not(In(keep)) } : { attachedType, attachedId }, { attachedType: null, attachedId: null });
  }

  findById(id: number): Promise<MediaFile | null> {
    return this.dataSource.getRepository(MediaFile).findOneBy({ id });
  }

  attachedTo(attachedType: string, attachedIds: number[], tx: Transaction = this.dataSource.manager): Promise<MediaFile[]> {
    const manager = managerOf(tx);
    if (!attachedIds.length) return Promise.resolve([]);
    return manager.getRepository(MediaFile).find({ where: { attachedType, attachedId: In(attachedIds) }, order: { id: 'ASC' } });
  }

  findAttached(attachedType: string, attachedId: number, id: number): Promise<MediaFile | null> {
    return this.dataSource.getRepository(MediaFile).findOneBy({ id, attachedType, attachedId });
  }

  async servingAgencyId(): Promise<number> {
    return (await servingAgencyId(this.dataSource.manager)) ?? 0;
  }
}
