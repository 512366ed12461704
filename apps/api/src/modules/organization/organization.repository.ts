import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from './agency.entity';
import { StaffUser } from './staff-user.entity';
import { Unit } from './unit.entity';

@Injectable()
export class OrganizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
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

  findUnitByName(agencyId: number, name: string, manager: EntityManager): Promise<Unit | null> {
    return manager.getRepository(Unit).findOneBy({ agencyId, name });
  }

  findUnitByCode(agencyId: number, code: string, manager: EntityManager): Promise<Unit | null> {
    return manager.getRepository(Unit).findOneBy({ agencyId, code });
  }

  saveUnit(unit: Unit, manager: EntityManager): Promise<Unit> {
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

  findStaff(agencyId: number, id: number, manager: EntityManager = this.dataSource.manager): Promise<StaffUser | null> {
    return manager.getRepository(StaffUser).findOneBy({ agencyId, id });
  }

  findStaffByUsername(username: string, manager: EntityManager): Promise<StaffUser | null> {
    return manager.getRepository(StaffUser).findOneBy({ username });
  }

  saveStaff(user: StaffUser, manager: EntityManager): Promise<StaffUser> {
    return manager.getRepository(StaffUser).save(user);
  }

  countActiveStaff(agencyId: number): Promise<number> {
    return this.dataSource.getRepository(StaffUser).countBy({ agencyId, active: true });
  }
}
