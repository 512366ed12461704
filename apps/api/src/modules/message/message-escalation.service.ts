import { Inject, Injectable } from '@nestjs/common';
import { MessageEscalation } from '@govopen/contracts';
import { chinaDateOf } from '@govopen/domain';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CalendarService } from '../calendar/calendar.service';
import { NotificationService } from '../notification/notification.service';
import { ReminderScanner, StaffNotice } from '../notification/reminder-scanner';
import { MessageRepository } from './message.repository';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { escalationLevel } from './message-workflow';

export interface EscalationScan {
  notices: number;
  counts: Record<MessageEscalation, number>;
}

const LEVEL_TEXT: Record<Exclude<MessageEscalation, 'on_track'>, { title: string; body: (subject: string, due: string) => string; toDispatchers: boolean }> = {
  due_soon: { title: '留言即将到期', body: (subject, due) => `${subject}答复期限为 ${due}，请尽快答复。`, toDispatchers: false },
  late: { title: '留言已超期', body: (subject, due) => `${subject}已超过答复期限（${due}），请立即答复。`, toDispatchers: true },
  two_months: { title: '留言超过两个月未答复', body: (subject) => `${subject}受理已满两个月仍未答复；满三个月未答复将被检查判定为不合格。`, toDispatchers: true },
  three_months: { title: '留言超过三个月未答复', body: (subject) => `${subject}受理已满三个月仍未答复，已达检查不合格标准，请立即处理。`, toDispatchers: true },
};

/**
 * Reminders before the limit, an alarm when late, a hard alarm at two months. Runs on the same timer setting as the
 * disclosure reminders; each notice's idempotency key makes it exactly-once: (message, level, due date) for the
 * reminder and the late alarm, which a moved due date may raise again; (message, level, receipt date) for the month
 * alarms, which count from 受理 and must not repeat when a calendar edit gives a message its first due date.
 */
@Injectable()
export class MessageEscalationService extends ReminderScanner<EscalationScan> {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repository: MessageRepository,
    private readonly calendarService: CalendarService,
    notifications: NotificationService,
    private readonly clock: Clock,
    private readonly boardSettings: MessageBoardSettingsService,
  ) {
    super('MessageEscalation', 'escalation scan', config.reminderIntervalMs, notifications);
  }

  async scan(): Promise<EscalationScan> {
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    const counts: Record<MessageEscalation, number> = { on_track: 0, due_soon: 0, late: 0, two_months: 0, three_months: 0 };
    const today = chinaDateOf(this.clock.now());
    const open = await this.repository.openWithClock();
    // Who to tell, looked up once per unit and agency for the whole scan.
    const handlers = new Map<string, Promise<number[]>>();
    const dispatchers = new Map<number, Promise<number[]>>();
    const notices = await this.notifyEach(this.repository, open, async (message, tx): Promise<StaffNotice[]> => {
      const level = escalationLevel(message, calendar, settings, today);
      if (!level) return [];
      counts[level] += 1;
      if (level === 'on_track') return [];
      const text = LEVEL_TEXT[level];
      const recipients = new Set<number>();
      if (message.unitId) {
        const key = `${message.agencyId}:${message.unitId}`;
        if (!handlers.has(key)) handlers.set(key, this.repository.unitHandlers(message.agencyId, message.unitId, tx));
        for (const id of await handlers.get(key)!) recipients.add(id);
      }
      if (text.toDispatchers || !recipients.size) {
        if (!dispatchers.has(message.agencyId)) dispatchers.set(message.agencyId, this.repository.dispatchers(message.agencyId, tx));
        for (const id of await dispatchers.get(message.agencyId)!) recipients.add(id);
      }
      return [
        {
          recipientIds: recipients,
          kind: `message.${level}`,
          title: text.title,
          body: text.body(`留言“${message.title}”`, message.dueDate ?? ''),
          link: `/messages/${message.id}`,
          key: `message-${level}:${message.id}:${level === 'two_months' || level === 'three_months' ? message.receivedDate : message.dueDate}`,
        },
      ];
    });
    return { notices, counts };
  }
}
