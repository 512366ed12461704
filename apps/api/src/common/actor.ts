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

/** A resident acting in the app: the audit log and the case history name them by role, never by their personal data. */
export function residentActor(resident: ResidentPrincipal, name: string | null = null): Actor {
  return { type: 'resident', id: resident.id, name, ip: null, userAgent: null };
}
