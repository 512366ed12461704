import { Inject, Injectable } from '@nestjs/common';
import { adoptionReportDueDate, CalendarYearMissingError, chinaDateOf, workingDaysLeft } from '@govopen/domain';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CalendarService } from '../calendar/calendar.service';
import { NotificationService } from '../notification/notification.service';
import { ReminderScanner, StaffNotice } from '../notification/reminder-scanner';
import { ConsultationRepository } from './consultation.repository';

/** Working days before the 采纳情况 is due at which the office and the drafting unit are reminded. */
const REMIND_AT = [5, 3, 1, 0];

/**
 * The 采纳情况 countdown: reminders 5, 3 and 1 working days before the 10th working day after the decision date
 * (seed 002: 决策文件出台后 10 个工作日内), on the day, and once late. Nothing runs until staff record the decision date.
 * Same timer setting as the other reminders; idempotency keys (which carry the due date) make each notice exactly-once.
 */
@Injectable()
export class ConsultationReminderService extends ReminderScanner<{ notices: number }> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly repository: ConsultationRepository,
    private readonly calendarService: CalendarService,
    notifications: NotificationService,
  ) {
    super('ConsultationReminders', 'adoption reminder scan', config.reminderIntervalMs, notifications);
  }

  async scan(): Promise<{ notices: number }> {
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendarService.getCalendar();
    const awaiting = await this.repository.awaitingAdoption(today);
    const notices = await this.notifyEach(this.repository, awaiting, async (consultation, tx): Promise<StaffNotice[]> => {
      let due: string;
      let left: number;
      try {
        due = adoptionReportDueDate(calendar, consultation.decisionDate!);
        left = workingDaysLeft(calendar, today, due);
      } catch (error) {
        if (error instanceof CalendarYearMissingError) return [];
        throw error;
      }
      if (left > 0 && !REMIND_AT.includes(left)) return [];
      const level = left < 0 ? 'late' : String(left);
      return [
        {
          recipientIds: await this.repository.staffToRemind(consultation.agencyId, consultation.unitId, tx),
          kind: left < 0 ? 'consultation.adoption_late' : 'consultation.adoption_due',
          title: left < 0 ? '采纳情况已超期未公布' : left === 0 ? '今天须公布采纳情况' : `采纳情况还剩 ${left} 个工作日公布`,
          body: `“${consultation.title}”已于 ${consultation.decisionDate} 作出决策，意见采纳情况应在 ${due} 前公布。`,
          link: `/consultations/${consultation.id}`,
          key: `consultation-adoption:${consultation.id}:${due}:${level}`,
        },
      ];
    });
    return { notices };
  }
}
