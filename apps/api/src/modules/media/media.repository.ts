import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { servingAgencyId } from '../organization/serving-agency';
import { MediaFile } from './media-file.entity';

@Injectable()
export class MediaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(file: Omit<MediaFile, 'id'>): Promise<MediaFile> {
    return this.dataSource.getRepository(MediaFile).save(file as MediaFile);
  }

  /** Marks the owner's unclaimed files as the record's; answers how many it claimed. */
  async claim(manager: EntityManager, ids: number[], owner: Pick<MediaFile, 'ownerType' | 'ownerId'>, attachedType: string, attachedId: number): Promise<number> {
    const result = await manager
      .getRepository(MediaFile)
      .update({ id: In(ids), ownerType: owner.ownerType, ownerId: owner.ownerId, attachedId: IsNull() }, { attachedType, attachedId });
    return result.affected ?? 0;
  }

  /** Lets go of a record's files that are no longer listed; they become the uploader's unattached files again. */
  async releaseExcept(manager: EntityManager, attachedType: string, attachedId: number, keep: number[]): Promise<void> {
    await manager
      .getRepository(MediaFile)
      .update(keep.length ? { attachedType, attachedId, id: Not(In(keep)) } : { attachedType, attachedId }, { attachedType: null, attachedId: null });
  }

  findById(id: number): Promise<MediaFile | null> {
    return this.dataSource.getRepository(MediaFile).findOneBy({ id });
  }

  attachedTo(attachedType: string, attachedIds: number[], manager: EntityManager = this.dataSource.manager): Promise<MediaFile[]> {
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
