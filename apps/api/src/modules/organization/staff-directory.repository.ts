import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { StaffUser } from './staff-user.entity';

/** Display names of staff by id, for views that show who drafted, reviewed or published something. */
export async function staffDisplayNames(manager: EntityManager, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const rows = wanted.length ? await manager.getRepository(StaffUser).find({ where: { id: In(wanted) }, select: { id: true, displayName: true } }) : [];
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/**
 * The agency this deployment serves (one per deployment for now): the first one seeded. Resident-facing writes and
 * public reads that carry no agency of their own use it.
 */
export async function servingAgencyId(manager: EntityManager): Promise<number | null> {
  const rows: { id: number }[] = await manager.query('SELECT id FROM agency ORDER BY id LIMIT 1');
  return rows.length ? Number(rows[0].id) : null;
}

/** The two organization look-ups every feature needs, for services (repositories call the functions above). */
@Injectable()
export class StaffDirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  displayNames(ids: (number | null)[], tx: Transaction = this.dataSource.manager): Promise<Map<number, string>> {
    return staffDisplayNames(managerOf(tx), ids);
  }

  servingAgencyId(tx: Transaction = this.dataSource.manager): Promise<number | null> {
    return servingAgencyId(managerOf(tx));
  }
}
