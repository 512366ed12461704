import { AuditActorType, StaffRole } from '@govopen/contracts';

/** Who did something and from where: what the audit log records for every write and personal-data read. */
export interface Actor {
  type: AuditActorType;
  id: number | null;
  name: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface StaffPrincipal {
  id: number;
  username: string;
  displayName: string;
  agencyId: number;
  unitId: number | null;
  roles: StaffRole[];
}

export interface ResidentPrincipal {
  id: number;
  openid: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, name: '系统', ip: null, userAgent: null };
