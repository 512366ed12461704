import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { AuditLog } from './audit-log.entity';
import { likeContaining } from '../../common/like-pattern';

export interface AuditLogFilter {
  actorName?: string;
  action?: string;
  targetType?: string;
  from?: Date;
  to?: Date;
  skip: number;
  take: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Insert only: there is deliberately no update or delete here (and triggers refuse them in the database). */
  async insert(row: Omit<AuditLog, 'id'>, tx: Transaction = this.dataSource.manager): Promise<void> {
    const manager = managerOf(tx);
    await manager.insert(AuditLog, row);
  }

  async find(filter: AuditLogFilter): Promise<[AuditLog[], number]> {
    const query = this.dataSource.getRepository(AuditLog).createQueryBuilder('log');
    if (filter.actorName) query.andWhere("log.actor_name LIKE :actor ESCAPE '!'", { actor: likeContaining(filter.actorName) });
    if (filter.action) query.andWhere('log.action LIKE :action', { action: `${filter.action}%` });
    if (filter.targetType) query.andWhere('log.target_type = :targetType', { targetType: filter.targetType });
    if (filter.from) query.andWhere('log.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('log.at < :to', { to: filter.to });
    return query.orderBy('log.id', 'DESC').skip(filter.skip).take(filter.take).getManyAndCount();
  }
}
