import { Inject, Injectable } from '@nestjs/common';
import { addWorkingDays, CalendarYearMissingError, chinaDateOf, countWorkingDays, SUPPLEMENT_NOTICE_WORKING_DAYS } from '@govopen/domain';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CalendarService } from '../calendar/calendar.service';
import { Transaction } from '../../database/unit-of-work/transaction';
import { NotificationService } from '../notification/notification.service';
import { ReminderScanner, StaffNotice } from '../notification/reminder-scanner';
import { DisclosureRequest } from './disclosure-request.entity';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { DisclosureCaseworkService } from './disclosure-casework.service';

/** Working days before the due date at which the unit is reminded. */
const REMIND_AT = [5, 3, 1];
/** DOMAIN §2: warn on day 5 of the 7 in which a 补正 must be asked for. */
const SUPPLEMENT_WARNING_DAY = 5;

export interface ReminderScan {
  today: string;
  reminders: number;
  /** Waits closed because their time ran out (补正, consultation, fee). */
  expired: number;
}

/**
 * Reminders and escalation for the law's clock. Runs on a timer in every API instance; the notices' idempotency
 * keys (case, due date, threshold) make a notice exactly-once however many instances or runs see it.
 */
@Injectable()
export class DisclosureReminderService extends ReminderScanner<ReminderScan> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly repository: DisclosureRequestRepository,
    private readonly calendarService: CalendarService,
    notifications: NotificationService,
    private readonly casework: DisclosureCaseworkService,
  ) {
    super('DisclosureReminders', 'reminder scan', config.reminderIntervalMs, notifications);
  }

  async scan(): Promise<ReminderScan> {
    // Lapses first: a case that resumed today is then reminded with its new due date in the same run.
    const expired = await this.casework.expireLapsed();
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendarService.getCalendar();
    let horizon: string;
    try {
      horizon = addWorkingDays(calendar, today, Math.max(...REMIND_AT));
    } catch (error) {
      if (error instanceof CalendarYearMissingError) horizon = '9999-12-30';
      else throw error;
    }
    const unitOf = (request: DisclosureRequest, tx: Transaction) =>
      request.unitId ? this.repository.handlersOf(request.agencyId, request.unitId, tx) : this.repository.officeHeads(request.agencyId, tx);
    const deadlines = await this.notifyEach(this.repository, await this.repository.runningDueBy(horizon), async (request, tx): Promise<StaffNotice[]> => {
      const subject = `“${request.title}”（${request.trackingNumber}）`;
      const link = `/disclosure-requests/${request.id}`;
      const due = request.dueDate!;
      if (due < today) {
        // Overdue: the unit and the disclosure office head both hear of it, once per due date.
        const recipientIds = [...(await unitOf(request, tx)), ...(await this.repository.officeHeads(request.agencyId, tx))];
        return [{ recipientIds, kind: 'disclosure.overdue', title: '办件已逾期', body: `${subject}已超过答复期限（${due}），请立即处理。`, link, key: `overdue:${request.id}:${due}` }];
      }
      const left = countWorkingDays(calendar, today, due);
      if (!REMIND_AT.includes(left)) return [];
      return [{ recipientIds: await unitOf(request, tx), kind: 'disclosure.due_soon', title: `办件还剩 ${left} 个工作日`, body: `${subject}答复期限为 ${due}，还剩 ${left} 个工作日。`, link, key: `due:${request.id}:${due}:${left}` }];
    });
    const supplementWindows = await this.notifyEach(this.repository, await this.repository.supplementWindowOpen(), async (request, tx): Promise<StaffNotice[]> => {
      if (countWorkingDays(calendar, request.receivedDate!, today) !== SUPPLEMENT_WARNING_DAY) return [];
      const last = addWorkingDays(calendar, request.receivedDate!, SUPPLEMENT_NOTICE_WORKING_DAYS);
      return [
        {
          recipientIds: await unitOf(request, tx),
          kind: 'disclosure.supplement_window',
          title: '补正告知期限将至',
          body: `“${request.title}”（${request.trackingNumber}）如需申请人补正，须在 ${last} 前一次性告知（第三十条）。`,
          link: `/disclosure-requests/${request.id}`,
          key: `supplement-window:${request.id}`,
        },
      ];
    });
    return { today, reminders: deadlines + supplementWindows, expired };
  }
}
