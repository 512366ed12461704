import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { Agency } from './agency.entity';
import { StaffUser } from './staff-user.entity';
import { Unit } from './unit.entity';

@Injectable()
export class OrganizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findAgency(id: number): Promise<Agency | null> {
    return this.dataSource.getRepository(Agency).findOneBy({ id });
  }

  listUnits(agencyId: number): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).find({ where: { agencyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  findUnit(agencyId: number, id: number): Promise<Unit | null> {
    return this.dataSource.getRepository(Unit).findOneBy({ agencyId, id });
  }

  findUnitByName(agencyId: number, name: string, tx: Transaction): Promise<Unit | null> {
    const manager = managerOf(tx);
    return manager.getRepository(Unit).findOneBy({ agencyId, name });
  }

  findUnitByCode(agencyId: number, code: string, tx: Transaction): Promise<Unit | null> {
    const manager = managerOf(tx);
    return manager.getRepository(Unit).findOneBy({ agencyId, code });
  }

  saveUnit(unit: Unit, tx: Transaction): Promise<Unit> {
    const manager = managerOf(tx);
    return manager.getRepository(Unit).save(unit);
  }

  async staffCountByUnit(agencyId: number): Promise<Map<number, number>> {
    const rows: { unitId: number; count: string | number }[] = await this.dataSource
      .getRepository(StaffUser)
      .createQueryBuilder('user')
      .select('user.unit_id', 'unitId')
      .addSelect('COUNT(*)', 'count')
      .where('user.agency_id = :agencyId AND user.active = :active AND user.unit_id IS NOT NULL', { agencyId, active: true })
      .groupBy('user.unit_id')
      .getRawMany();
    return new Map(rows.map((row) => [Number(row.unitId), Number(row.count)]));
  }

  listStaff(agencyId: number): Promise<StaffUser[]> {
    return this.dataSource.getRepository(StaffUser).find({ where: { agencyId }, order: { id: 'ASC' } });
  }

  findStaff(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<StaffUser | null> {
    const manager = managerOf(tx);
    return manager.getRepository(StaffUser).findOneBy({ agencyId, id });
  }

  findStaffByUsername(username: string, tx: Transaction): Promise<StaffUser | null> {
    const manager = managerOf(tx);
    return manager.getRepository(StaffUser).findOneBy({ username });
  }

  saveStaff(user: StaffUser, tx: Transaction): Promise<StaffUser> {
    const manager = managerOf(tx);
    return manager.getRepository(StaffUser).save(user);
  }

  countActiveStaff(agencyId: number): Promise<number> {
    return this.dataSource.getRepository(StaffUser).countBy({ agencyId, active: true });
  }
}
