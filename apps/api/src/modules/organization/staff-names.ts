import { EntityManager, In } from 'typeorm';
import { StaffUser } from './staff-user.entity';

/** Display names of staff by id, for views that show who drafted, reviewed or published something. */
export async function staffDisplayNames(manager: EntityManager, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const rows = wanted.length ? await manager.getRepository(StaffUser).find({ where: { id: In(wanted) }, select: { id: true, displayName: true } }) : [];
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
