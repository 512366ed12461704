import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { Unit } from '../organization/unit.entity';
import { CatalogNode, CatalogNodeUnit } from './catalog-node.entity';

@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  servingAgencyId(): Promise<number | null> {
    return servingAgencyId(this.dataSource.manager);
  }

  findNode(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<CatalogNode | null> {
    return managerOf(tx).getRepository(CatalogNode).findOneBy({ id, agencyId });
  }

  async nodeExists(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<boolean> {
    return managerOf(tx).getRepository(CatalogNode).existsBy({ id, agencyId });
  }

  async saveNode(node: CatalogNode, tx: Transaction): Promise<void> {
    await managerOf(tx).save(node);
  }

  nodes(agencyId: number): Promise<CatalogNode[]> {
    return this.dataSource.getRepository(CatalogNode).find({ where: { agencyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  namesOf(ids: number[]): Promise<Pick<CatalogNode, 'id' | 'name'>[]> {
    return ids.length ? this.dataSource.getRepository(CatalogNode).find({ where: { id: In(ids) }, select: { id: true, name: true } }) : Promise.resolve([]);
  }

  /** The unit links of the agency's nodes. */
  unitLinks(agencyId: number): Promise<CatalogNodeUnit[]> {
    return this.dataSource
      .getRepository(CatalogNodeUnit)
      .createQueryBuilder('link')
      .innerJoin(CatalogNode, 'node', 'node.id = link.node_id')
      .where('node.agency_id = :agencyId', { agencyId })
      .getMany();
  }

  unitsOf(agencyId: number, unitIds: number[], tx: Transaction): Promise<Unit[]> {
    return unitIds.length ? managerOf(tx).getRepository(Unit).findBy({ id: In(unitIds), agencyId }) : Promise.resolve([]);
  }

  async replaceNodeUnits(nodeId: number, unitIds: number[], tx: Transaction): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(CatalogNodeUnit).delete({ nodeId });
    if (unitIds.length) await manager.getRepository(CatalogNodeUnit).insert(unitIds.map((unitId) => ({ nodeId, unitId })));
  }

  /** Publishing a document under a node is that node's update: it is on time again until its next event. */
  async markPublished(agencyId: number, nodeId: number, date: string, now: Date, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(CatalogNode).update({ id: nodeId, agencyId }, { lastPublishedDate: date, pendingEventDate: null, updatedAt: now });
  }

  /** For the catalog filter: a node of the agency and everything under it. */
  async subtree(agencyId: number, nodeId: number): Promise<Set<number>> {
    const nodes = await this.dataSource.getRepository(CatalogNode).find({ where: { agencyId }, select: { id: true, parentId: true } });
    const found = new Set([nodeId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const node of nodes) {
        if (node.parentId !== null && found.has(node.parentId) && !found.has(node.id)) {
          found.add(node.id);
          grew = true;
        }
      }
    }
    return found;
  }
}
