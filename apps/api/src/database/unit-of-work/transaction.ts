import { DataSource, EntityManager } from 'typeorm';

/**
 * A unit of work in progress, as a service sees it: a handle it passes from one repository call to the next so that
 * the calls commit or roll back together. It exposes nothing to query with; only repositories open it (managerOf).
 * A TypeORM manager is structurally one, so a repository may hand its own manager on where a handle is expected.
 */
export interface Transaction {
  readonly connection: unknown;
}

/** Repositories only: the TypeORM manager behind a handle. */
export function managerOf(tx: Transaction): EntityManager {
  return tx as EntityManager;
}

/** Repositories only: runs `work` in one database transaction and hands it the handle. */
export function runInTransaction<T>(dataSource: DataSource, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return dataSource.transaction((manager) => work(manager));
}
