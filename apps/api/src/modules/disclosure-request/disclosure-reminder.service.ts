import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { addWorkingDays, CalendarYearMissingError, chinaDateOf, countWorkingDays, SUPPLEMENT_NOTICE_WORKING_DAYS } from '@govopen/domain';
import { BackgroundTimer } from '../../common/background-timer';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CalendarService } from '../calendar/calendar.service';
import { NotificationService } from '../notification/notification.service';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { DisclosureRequestService } from './disclosure-request.service';

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
export class DisclosureReminderService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly timer = new BackgroundTimer(new Logger('DisclosureReminders'), 'reminder scan');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly repository: DisclosureRequestRepository,
    private readonly calendarService: CalendarService,
    private readonly notifications: NotificationService,
    private readonly requests: DisclosureRequestService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(this.config.reminderIntervalMs, () => this.scan());
  }

  onApplicationShutdown(): void {
    this.timer.stop();
  }

  async scan(): Promise<ReminderScan> {
    // Lapses first: a case that resumed today is then reminded with its new due date in the same run.
    const expired = await this.requests.expireLapsed();
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendarService.getCalendar();
    let horizon: string;
    try {
      horizon = addWorkingDays(calendar, today, Math.max(...REMIND_AT));
    } catch (error) {
      if (error instanceof CalendarYearMissingError) horizon = '9999-12-30';
      else throw error;
    }
    let reminders = 0;
    const candidates = await this.repository.runningDueBy(horizon);
    await this.repository.transaction(async (manager) => {
      for (const request of candidates) {
        const subject = `“${request.title}”（${request.trackingNumber}）`;
        const link = `/disclosure-requests/${request.id}`;
        const recipients = request.unitId
          ? await this.repository.handlersOf(request.agencyId, request.unitId, manager)
          : await this.repository.officeHeads(request.agencyId, manager);
        const send = async (ids: number[], kind: string, title: string, body: string, key: string) => {
          for (const id of ids) {
            await this.notifications.enqueue(manager, { agencyId: request.agencyId, recipientType: 'staff', recipientId: id, kind, title, body, link, idempotencyKey: `${key}:${id}` });
          }
          reminders += ids.length;
        };
        const due = request.dueDate!;
        if (due < today) {
          // Overdue: the unit and the disclosure office head both hear of it, once per due date.
          const heads = await this.repository.officeHeads(request.agencyId, manager);
          await send([...new Set([...recipients, ...heads])], 'disclosure.overdue', '办件已逾期', `${subject}已超过答复期限（${due}），请立即处理。`, `overdue:${request.id}:${due}`);
          continue;
        }
        const left = countWorkingDays(calendar, today, due);
        if (REMIND_AT.includes(left)) {
          await send(recipients, 'disclosure.due_soon', `办件还剩 ${left} 个工作日`, `${subject}答复期限为 ${due}，还剩 ${left} 个工作日。`, `due:${request.id}:${due}:${left}`);
        }
      }
      for (const request of await this.repository.supplementWindowOpen()) {
        const elapsed = countWorkingDays(calendar, request.receivedDate!, today);
        if (elapsed !== SUPPLEMENT_WARNING_DAY) continue;
        const last = addWorkingDays(calendar, request.receivedDate!, SUPPLEMENT_NOTICE_WORKING_DAYS);
        const recipients = request.unitId
          ? await this.repository.handlersOf(request.agencyId, request.unitId, manager)
          : await this.repository.officeHeads(request.agencyId, manager);
        for (const id of recipients) {
          await this.notifications.enqueue(manager, {
            agencyId: request.agencyId,
            recipientType: 'staff',
            recipientId: id,
            kind: 'disclosure.supplement_window',
            title: '补正告知期限将至',
            body: `“${request.title}”（${request.trackingNumber}）如需申请人补正，须在 ${last} 前一次性告知（第三十条）。`,
            link: `/disclosure-requests/${request.id}`,
            idempotencyKey: `supplement-window:${request.id}:${id}`,
          });
          reminders += 1;
        }
      }
    });
    return { today, reminders, expired };
  }
}
