import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agency')
export class Agency {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 统一社会信用代码 or the agency's own short code. */
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  /** 复议机关: since the 2023 行政复议法, the people's government at the same level. */
  @Column({ name: 'review_body', type: 'varchar', length: 100, nullable: true })
  reviewBody: string | null;
}
