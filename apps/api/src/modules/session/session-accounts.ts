import { StaffRole } from '@govopen/contracts';

/** What a session check needs to know of a staff account: whether the token's version still holds and who it is. */
export interface SessionStaff {
  id: number;
  username: string;
  displayName: string;
  agencyId: number;
  unitId: number | null;
  roles: StaffRole[];
  active: boolean;
  tokenVersion: number;
}

export interface SessionResident {
  id: number;
  openid: string;
  tokenVersion: number;
}

/**
 * The accounts a bearer token may speak for. Defined here, below every guarded module, and provided by the auth
 * module (its repository), so guarding a route never makes a module depend on auth or organization.
 */
export abstract class SessionAccounts {
  abstract findStaffById(id: number): Promise<SessionStaff | null>;
  abstract findResidentById(id: number): Promise<SessionResident | null>;
}
