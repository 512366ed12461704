import fs from 'node:fs';
import path from 'node:path';
import { parseCatalog, splitOwners } from '@govopen/domain';
import { EntityManager } from 'typeorm';
import { CatalogNode, CatalogNodeUnit } from '../../modules/catalog/catalog-node.entity';
import { Unit } from '../../modules/organization/unit.entity';

/** The agency's published 2024 catalog, kept as the file it came in (shared/seeds/000_…). */
export const CATALOG_SEED_FILE = path.resolve(__dirname, '../../../src/database/seed/data/catalog-2024.tsv');

/** Imports the catalog once, when the agency has none; afterwards the tree is the staff's to edit. */
export async function seedCatalog(manager: EntityManager, agencyId: number, now: Date): Promise<void> {
  if (await manager.getRepository(CatalogNode).countBy({ agencyId })) return;
  const { entries } = parseCatalog(fs.readFileSync(CATALOG_SEED_FILE, 'utf8'));
  const units = await manager.getRepository(Unit).findBy({ agencyId });
  const ids = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const parentId = entry.path.length > 1 ? ids.get(entry.path.slice(0, -1).join('/'))! : null;
    const node = await manager.getRepository(CatalogNode).save(
      Object.assign(new CatalogNode(), {
        agencyId,
        parentId,
        depth: entry.path.length,
        sortOrder: (index + 1) * 10,
        numeral: entry.numeral,
        name: entry.path.at(-1)!,
        channel: entry.channel,
        ownersText: entry.owners,
        content: entry.content,
        updateRuleText: entry.updateRule,
        legalBasis: entry.legalBasis,
        lastPublishedDate: null,
        pendingEventDate: null,
        updatedAt: now,
      }),
    );
    ids.set(entry.path.join('/'), node.id);
    const owned = units.filter((unit) => splitOwners(entry.owners).includes(unit.name));
    if (owned.length) await manager.getRepository(CatalogNodeUnit).insert(owned.map((unit) => ({ nodeId: node.id, unitId: unit.id })));
  }
}
