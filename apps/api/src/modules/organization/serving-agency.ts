import { EntityManager } from 'typeorm';

/**
 * The agency this deployment serves (one per deployment for now): the first one seeded. Resident-facing writes and
 * public reads that carry no agency of their own use it.
 */
export async function servingAgencyId(manager: EntityManager): Promise<number | null> {
  const rows: { id: number }[] = await manager.query('SELECT id FROM agency ORDER BY id LIMIT 1');
  return rows.length ? Number(rows[0].id) : null;
}
