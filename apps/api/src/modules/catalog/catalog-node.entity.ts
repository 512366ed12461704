import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

@Entity('catalog_node')
export class CatalogNode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId: number | null;

  @Column({ type: 'integer' })
  depth: number;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @Column({ type: 'varchar', length: 4, nullable: true })
  numeral: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  channel: string | null;

  /** 责任科室 as written ("办公室、综合科、各科室"); the named units are also linked in catalog_node_unit. */
  @Column({ name: 'owners_text', type: 'varchar', length: 200, nullable: true })
  ownersText: string | null;

  @Column({ type: 'text', nullable: true })
  content: string | null;

  @Column({ name: 'update_rule_text', type: 'varchar', length: 200, nullable: true })
  updateRuleText: string | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ name: 'last_published_date', type: 'varchar', length: 10, nullable: true })
  lastPublishedDate: string | null;

  /** Something made or changed that the node must publish (a meeting held, a document issued), not yet published. */
  @Column({ name: 'pending_event_date', type: 'varchar', length: 10, nullable: true })
  pendingEventDate: string | null;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}

@Entity('catalog_node_unit')
export class CatalogNodeUnit {
  @PrimaryColumn({ name: 'node_id', type: 'integer' })
  nodeId: number;

  @PrimaryColumn({ name: 'unit_id', type: 'integer' })
  unitId: number;
}
