import { Injectable } from '@nestjs/common';
import { MESSAGE_ACTION_LABELS, StaffMessageView } from '@govopen/contracts';
import { chinaDateOf, handleMessage, MessageRefusal } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { PerformMessageActionDto } from './dto/staff-message.dto';
import { assertCaseWorker, assertSameAgency, isDispatcher } from './message-access';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { messageEventRow } from './message-event-row';
import { MessageNoticeService } from './message-notice.service';
import { noticeAfterAction } from './message-notices';
import { MessageWorkbenchService } from './message-workbench.service';
import { acceptMessage, NO_DUE_DATE, setDueDate, workflowState } from './message-workflow';
import { MessageRepository } from './message.repository';

/** Workflow refusals; a broken rule of the boards arrives as a LegalRefusal and leaves as a 409 naming its basis. */
const REFUSALS: Record<MessageRefusal, { code: ErrorCode; field?: string; message: string }> = {
  wrong_status: { code: ErrorCode.CONFLICT, message: '留言当前状态不能进行此操作，请刷新后再试' },
  not_your_unit: { code: ErrorCode.FORBIDDEN, message: '该留言不由您所在的科室办理，无权操作' },
  dispatcher_only: { code: ErrorCode.FORBIDDEN, message: '此操作仅限公开办（分办人）' },
  reason_required: { code: ErrorCode.VALIDATION_FAILED, field: 'reason', message: '请填写理由 reason' },
  unit_required: { code: ErrorCode.VALIDATION_FAILED, field: 'unitId', message: '请选择办理科室 unitId' },
  same_unit: { code: ErrorCode.VALIDATION_FAILED, field: 'unitId', message: '不能转办给本科室' },
  days_required: { code: ErrorCode.VALIDATION_FAILED, field: 'days', message: '请填写延期工作日数 days（正整数）' },
};

/**
 * A staff action on a message: the domain decides (handleMessage), and in one transaction the message takes the
 * decision, its timeline and the audit log get a row, and the people the action concerns get a notice.
 */
@Injectable()
export class MessageActionService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: MessageRepository,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly boardSettings: MessageBoardSettingsService,
    private readonly notices: MessageNoticeService,
    private readonly workbench: MessageWorkbenchService,
  ) {}

  async act(staff: StaffPrincipal, id: number, body: PerformMessageActionDto, actor: Actor): Promise<StaffMessageView> {
    assertCaseWorker(staff);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    if (body.type === 'reply' && !body.replyBody?.trim()) throw AppException.invalid('replyBody', '请填写答复内容 replyBody');
    if ((body.type === 'assign' || body.type === 'transfer') && body.unitId !== undefined && !(await this.repository.findUnit(staff.agencyId, body.unitId))) {
      throw AppException.invalid('unitId', '办理科室不存在');
    }
    await this.repository.transaction(async (tx) => {
      const message = await this.repository.findForUpdate(id, tx);
      assertSameAgency(staff, message);
      const decision = handleMessage(workflowState(message, settings), body.type, { id: staff.id, unitId: staff.unitId, isDispatcher: isDispatcher(staff) }, chinaDateOf(this.clock.now()), body);
      if (!decision.ok) {
        if ('refusal' in decision) throw decision.refusal;
        const refusal = REFUSALS[decision.reason];
        throw new AppException(refusal.code, refusal.message, refusal.field);
      }
      const now = this.clock.now();
      message.status = decision.status;
      message.unitId = decision.unitId;
      message.handlerId = decision.handlerId;
      message.published = decision.published;
      message.updatedAt = now;
      message.version += 1;
      const reason = body.reason?.trim() || null;
      let note = reason;
      switch (body.type) {
        case 'approve_content':
          message.moderation = 'approved';
          acceptMessage(message, calendar, settings, this.clock.now());
          break;
        case 'reject_content':
          message.moderation = 'rejected';
          message.invalidReason = reason;
          break;
        case 'reply':
          message.replyBody = body.replyBody!.trim();
          message.replyUnitId = message.unitId;
          message.repliedDate = chinaDateOf(this.clock.now());
          message.repliedAt = now;
          message.sortDueDate = NO_DUE_DATE;
          note = null;
          break;
        case 'extend':
          message.extendedDays = decision.extendedWorkingDays;
          setDueDate(message, calendar);
          note = `延期 ${decision.extendedWorkingDays} 个工作日至 ${message.dueDate ?? '—'}：${reason}`;
          break;
        case 'urge':
          message.urgeCount += 1;
          break;
        case 'invalidate':
          message.invalidReason = reason;
          message.sortDueDate = NO_DUE_DATE;
          break;
        default:
          break;
      }
      await this.repository.save(message, tx);
      await this.repository.appendEvent(messageEventRow(message, body.type, actor, note, this.clock.now()), tx);
      await this.audit.record(actor, { action: `message.${body.type}`, targetType: 'message', targetId: message.id, detail: `${MESSAGE_ACTION_LABELS[body.type]}“${message.title}”${reason ? `：${reason}` : ''}` }, tx);
      await this.notices.send(message, noticeAfterAction(message, body.type, reason), tx);
    });
    // The person who just acted sees the result, even when a transfer or return moved the message out of their unit
    // (their buttons are then empty).
    return this.workbench.staffView(staff, (await this.repository.findById(id))!);
  }
}
