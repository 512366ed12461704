import { StaffUser as StaffUserDto, Unit as UnitDto } from '@govopen/contracts';
import { StaffUser } from './staff-user.entity';
import { Unit } from './unit.entity';

export function toUnitDto(unit: Unit, staffCount: number): UnitDto {
  return {
    id: unit.id,
    agencyId: unit.agencyId,
    name: unit.name,
    code: unit.code,
    phone: unit.phone,
    active: unit.active,
    sortOrder: unit.sortOrder,
    staffCount,
  };
}

export function toStaffUserDto(user: StaffUser, unitName: string | null, now: Date): StaffUserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    unitName,
    roles: user.roles,
    active: user.active,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    demo: user.demo,
  };
}
