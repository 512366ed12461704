export type AuditActorType = 'staff' | 'resident' | 'system';

export interface AuditLogEntry {
  id: number;
  at: string;
  actorType: AuditActorType;
  actorId: number | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditLogQuery {
  page?: number;
  pageSize?: number;
  actorName?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
}
