import { AuditLogEntry } from '@govopen/contracts';
import { AuditLog } from './audit-log.entity';

export function toAuditLogEntry(row: AuditLog): AuditLogEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorType: row.actorType,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    detail: row.detail,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}
