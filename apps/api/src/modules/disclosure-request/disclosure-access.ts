import { StaffRole } from '@govopen/contracts';
import { RequestAction, requestActionAccessRefusal, RequestActor, requestActionRoleRefusal, RequestState } from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';

/** Who may see and work a disclosure case: the office head every case of the agency, a unit its own unit's cases. */

export function isOfficeHead(staff: StaffPrincipal): boolean {
  return staff.roles.includes(StaffRole.OFFICE_HEAD);
}

export function requestActorOf(staff: StaffPrincipal): RequestActor {
  return { staffId: staff.id, office: isOfficeHead(staff), unitId: staff.unitId };
}

export function assertCaseWorker(staff: StaffPrincipal): void {
  if (!isOfficeHead(staff) && !staff.roles.includes(StaffRole.HANDLER)) {
    throw new AppException(ErrorCode.FORBIDDEN, '只有公开办负责人和承办人可以办理依申请公开');
  }
}

export function assertOfficeHead(staff: StaffPrincipal): void {
  if (!isOfficeHead(staff)) throw new AppException(ErrorCode.FORBIDDEN, ACCESS_REFUSALS.office_only);
}

/** A case of another agency, or of another unit, answers exactly like one that does not exist. */
export function canSeeCase(staff: StaffPrincipal, request: { agencyId: number; unitId: number | null }): boolean {
  if (request.agencyId !== staff.agencyId) return false;
  return isOfficeHead(staff) || (request.unitId !== null && request.unitId === staff.unitId);
}

/** The applicant's full personal data and identity proofs: the assigned unit and the office head only. */
export function canReadPersonalData(staff: StaffPrincipal, request: { agencyId: number; unitId: number | null }): boolean {
  return canSeeCase(staff, request) && (isOfficeHead(staff) || request.unitId === staff.unitId);
}

const ACCESS_REFUSALS = {
  office_only: '此操作须由公开办负责人进行',
  own_unit_only: '只能认领本科室承办的办件',
} as const;

/** The domain's rule on who may ever take an action, checked before the case is read: an office act is refused as such. */
export function assertRoleMayTakeAction(staff: StaffPrincipal, action: RequestAction): void {
  const refusal = requestActionRoleRefusal(action, requestActorOf(staff));
  if (refusal) throw new AppException(ErrorCode.FORBIDDEN, ACCESS_REFUSALS[refusal]);
}

/** The domain's rule on who may take an action on this case, as the 403 the clerk reads. */
export function assertMayTakeAction(staff: StaffPrincipal, action: RequestAction, state: RequestState): void {
  const refusal = requestActionAccessRefusal(action, state, requestActorOf(staff));
  if (refusal) throw new AppException(ErrorCode.FORBIDDEN, ACCESS_REFUSALS[refusal]);
}
