import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { Agency } from '../organization/agency.entity';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { DisclosureGuideVersion } from './disclosure-guide-version.entity';

@Injectable()
export class DisclosureGuideRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  servingAgencyId(): Promise<number | null> {
    return servingAgencyId(this.dataSource.manager);
  }

  agencyName(agencyId: number): Promise<string | null> {
    return this.dataSource
      .getRepository(Agency)
      .findOne({ where: { id: agencyId }, select: { id: true, name: true } })
      .then((agency) => agency?.name ?? null);
  }

  latest(agencyId: number, tx: Transaction = this.dataSource.manager): Promise<DisclosureGuideVersion | null> {
    return managerOf(tx).getRepository(DisclosureGuideVersion).findOne({ where: { agencyId }, order: { version: 'DESC' } });
  }

  find(agencyId: number, version: number): Promise<DisclosureGuideVersion | null> {
    return this.dataSource.getRepository(DisclosureGuideVersion).findOneBy({ agencyId, version });
  }

  /** Latest first, without the text: the history list. */
  history(agencyId: number): Promise<Pick<DisclosureGuideVersion, 'version' | 'savedByName' | 'savedAt'>[]> {
    return this.dataSource
      .getRepository(DisclosureGuideVersion)
      .find({ where: { agencyId }, select: { id: true, version: true, savedByName: true, savedAt: true }, order: { version: 'DESC' } });
  }

  async insert(row: Omit<DisclosureGuideVersion, 'id'>, tx: Transaction): Promise<DisclosureGuideVersion> {
    return managerOf(tx).getRepository(DisclosureGuideVersion).save(Object.assign(new DisclosureGuideVersion(), row));
  }
}
