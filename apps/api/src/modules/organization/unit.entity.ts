import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 责任科室: the unit inside the agency that owns catalog nodes, cases and messages. */
@Entity('unit')
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;
}
