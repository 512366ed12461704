export enum StaffRole {
  SYSTEM_ADMIN = 'system_admin',
  /** 公开办负责人: approves extensions, sees every unit's cases. */
  OFFICE_HEAD = 'office_head',
  /** 承办人: handles the cases and messages of their own unit. */
  HANDLER = 'handler',
  /** 审核人: 保密审查 before publishing. */
  REVIEWER = 'reviewer',
  /** 发布员 */
  PUBLISHER = 'publisher',
}

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  [StaffRole.SYSTEM_ADMIN]: '系统管理员',
  [StaffRole.OFFICE_HEAD]: '公开办负责人',
  [StaffRole.HANDLER]: '承办人',
  [StaffRole.REVIEWER]: '审核人',
  [StaffRole.PUBLISHER]: '发布员',
};

/** Roles whose holders see every unit's work, not only their own unit's. */
export const AGENCY_WIDE_ROLES: readonly StaffRole[] = [StaffRole.SYSTEM_ADMIN, StaffRole.OFFICE_HEAD];

export interface Agency {
  id: number;
  name: string;
  code: string;
}

export interface Unit {
  id: number;
  agencyId: number;
  name: string;
  code: string;
  phone: string | null;
  active: boolean;
  sortOrder: number;
  staffCount: number;
}

export interface CreateUnitRequest {
  name: string;
  code: string;
  phone?: string;
  sortOrder?: number;
}

/** phone null clears it. */
export type UpdateUnitRequest = Partial<Omit<CreateUnitRequest, 'phone'>> & { phone?: string | null; active?: boolean };

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  unitId: number | null;
  unitName: string | null;
  roles: StaffRole[];
  active: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  demo: boolean;
}

export interface CreateStaffRequest {
  username: string;
  displayName: string;
  password: string;
  unitId: number | null;
  roles: StaffRole[];
}

export interface UpdateStaffRequest {
  displayName?: string;
  unitId?: number | null;
  roles?: StaffRole[];
  active?: boolean;
  /** Clears a lockout after too many failed logins. */
  unlock?: boolean;
  password?: string;
}
