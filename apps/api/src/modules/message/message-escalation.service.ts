import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MessageEscalation } from '@govopen/contracts';
import { BackgroundTimer } from '../../common/background-timer';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CalendarService } from '../calendar/calendar.service';
import { NotificationService } from '../notification/notification.service';
import { MessageRepository } from './message.repository';
import { MessageService } from './message.service';

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
export class MessageEscalationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly timer = new BackgroundTimer(new Logger('MessageEscalation'), 'escalation scan');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: MessageRepository,
    private readonly calendarService: CalendarService,
    private readonly notifications: NotificationService,
    private readonly messages: MessageService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(this.config.reminderIntervalMs, () => this.scan());
  }

  onApplicationShutdown(): void {
    this.timer.stop();
  }

  async scan(): Promise<EscalationScan> {
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.messages.settingsByBoard();
    const counts: Record<MessageEscalation, number> = { on_track: 0, due_soon: 0, late: 0, two_months: 0, three_months: 0 };
    let notices = 0;
    const open = await this.repository.openWithClock();
    await this.repository.transaction(async (manager) => {
      // Who to tell, looked up once per unit and agency for the whole scan.
      const handlers = new Map<string, Promise<number[]>>();
      const handlersOf = (agencyId: number, unitId: number) => {
        const key = `${agencyId}:${unitId}`;
        if (!handlers.has(key)) handlers.set(key, this.repository.unitHandlers(agencyId, unitId, manager));
        return handlers.get(key)!;
      };
      const dispatchers = new Map<number, Promise<number[]>>();
      const dispatchersOf = (agencyId: number) => {
        if (!dispatchers.has(agencyId)) dispatchers.set(agencyId, this.repository.dispatchers(agencyId, manager));
        return dispatchers.get(agencyId)!;
      };
      for (const message of open) {
        const level = this.messages.escalation(message, calendar, settings);
        if (!level) continue;
        counts[level] += 1;
        if (level === 'on_track') continue;
        const text = LEVEL_TEXT[level];
        const recipients = new Set(message.unitId ? await handlersOf(message.agencyId, message.unitId) : []);
        if (text.toDispatchers || !recipients.size) for (const id of await dispatchersOf(message.agencyId)) recipients.add(id);
        for (const recipientId of recipients) {
          await this.notifications.enqueue(manager, {
            agencyId: message.agencyId,
            recipientType: 'staff',
            recipientId,
            kind: `message.${level}`,
            title: text.title,
            body: text.body(`留言“${message.title}”`, message.dueDate ?? ''),
            link: `/messages/${message.id}`,
            idempotencyKey: `message-${level}:${message.id}:${level === 'two_months' || level === 'three_months' ? message.receivedDate : message.dueDate}:${recipientId}`,
          });
          notices += 1;
        }
      }
    });
    return { notices, counts };
  }
}
