import { Injectable } from '@nestjs/common';
import { AuditLogEntry, Page } from '@govopen/contracts';
import { Transaction } from '../../database/unit-of-work/transaction';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { AuditRepository } from './audit.repository';
import { toAuditLogEntry } from './audit.mapper';
import { ListAuditLogsDto } from './dto/list-audit-logs.dto';

export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string | number;
  /** What changed, in words staff can read; never personal data in clear. */
  detail?: string;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly auditRepository: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction's manager so the audit row commits or rolls back with the change it records. */
  async record(actor: Actor, event: AuditEvent, manager?: Transaction): Promise<void> {
    await this.auditRepository.insert(
      {
        at: this.clock.now(),
        actorType: actor.type,
        actorId: actor.id,
        actorName: actor.name,
        action: event.action,
        targetType: event.targetType ?? null,
        targetId: event.targetId === undefined ? null : String(event.targetId),
        detail: event.detail?.slice(0, 1000) ?? null,
        ip: actor.ip,
        userAgent: actor.userAgent,
      },
      manager,
    );
  }

  async list(query: ListAuditLogsDto): Promise<Page<AuditLogEntry>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.auditRepository.find({
      actorName: query.actorName,
      action: query.action,
      targetType: query.targetType,
      // Dates are China dates; the day starts at 00:00 UTC+8.
      from: query.from ? new Date(`${query.from}T00:00:00+08:00`) : undefined,
      to: query.to ? new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toAuditLogEntry), total, page, pageSize };
  }
}
