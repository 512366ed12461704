import { MessageInboxQueue, StaffRole } from '@govopen/contracts';
import { StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { Message } from './message.entity';

/** The 公开办 moderates, dispatches and oversees every unit's messages. */
export function isDispatcher(staff: StaffPrincipal): boolean {
  return staff.roles.includes(StaffRole.OFFICE_HEAD);
}

export function assertCaseWorker(staff: StaffPrincipal): void {
  if (!isDispatcher(staff) && !staff.roles.includes(StaffRole.HANDLER)) throw new AppException(ErrorCode.FORBIDDEN, '仅公开办和各科室承办人可以办理留言');
}

/** Another agency's message is answered as one that does not exist, so ids reveal nothing across agencies. */
export function assertSameAgency(staff: StaffPrincipal, message: Message | null): asserts message is Message {
  if (!message || message.agencyId !== staff.agencyId) throw AppException.notFound('留言不存在');
}

/** A unit's staff see only their unit's messages; the 公开办 sees all of its agency's. */
export function maySee(staff: StaffPrincipal, message: Message): boolean {
  // A handler without a unit sees no message: an undispatched one (unit null) is the dispatcher's, not theirs.
  return message.agencyId === staff.agencyId && (isDispatcher(staff) || (message.unitId !== null && message.unitId === staff.unitId));
}

export function assertMaySee(staff: StaffPrincipal, message: Message | null): asserts message is Message {
  assertSameAgency(staff, message);
  if (!maySee(staff, message)) throw new AppException(ErrorCode.FORBIDDEN, '该留言由其他科室办理，您无权查看');
}

/**
 * The queue and unit an inbox query may cover: moderation and dispatch are the 公开办's; a unit's staff are held to
 * their own unit whatever they ask for (staff without a unit to none: -1 matches no unit).
 */
export function inboxScope(staff: StaffPrincipal, requested: { queue?: MessageInboxQueue; unitId?: number }): { queue: MessageInboxQueue; unitId: number | undefined } {
  const dispatcher = isDispatcher(staff);
  const queue = requested.queue ?? (dispatcher ? 'all' : 'open');
  if (!dispatcher && (queue === 'moderation' || queue === 'dispatching')) throw new AppException(ErrorCode.FORBIDDEN, '审核和分办队列仅限公开办');
  return { queue, unitId: dispatcher ? requested.unitId : (staff.unitId ?? -1) };
}
