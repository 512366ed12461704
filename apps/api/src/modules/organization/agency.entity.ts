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
}
