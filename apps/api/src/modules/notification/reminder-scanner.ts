import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BackgroundTimer } from '../../common/background-timer';
import { Transaction } from '../../database/unit-of-work/transaction';
import { NotificationService } from './notification.service';

/** One notice a scan calls for, to each of some staff. */
export interface StaffNotice {
  recipientIds: Iterable<number>;
  kind: string;
  title: string;
  body: string;
  link: string;
  /** What makes the notice exactly-once (case, level, due date); the recipient is appended per copy. */
  key: string;
}

/** A repository that can run a unit of work (each feature's own). */
export interface UnitOfWork {
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}

/**
 * The skeleton the reminder services share (依申请公开 deadlines, message escalation, consultation adoption): run
 * `scan` on the reminder timer of every instance, and write what each scanned item calls for to the outbox in one
 * transaction, once per recipient. Idempotency keys make a notice exactly-once however many instances or runs see
 * it. A subclass says what to scan and what each item calls for.
 */
export abstract class ReminderScanner<Result> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly timer: BackgroundTimer;

  protected constructor(
    name: string,
    job: string,
    private readonly intervalMs: number,
    private readonly notifications: NotificationService,
  ) {
    this.timer = new BackgroundTimer(new Logger(name), job);
  }

  onApplicationBootstrap(): void {
    this.timer.start(this.intervalMs, () => this.scan());
  }

  onApplicationShutdown(): void {
    this.timer.stop();
  }

  abstract scan(): Promise<Result>;

  /** Writes every notice `noticesFor` asks for, for every item, in one transaction; answers how many copies were written. */
  protected notifyEach<T extends { agencyId: number }>(unitOfWork: UnitOfWork, items: T[], noticesFor: (item: T, tx: Transaction) => Promise<StaffNotice[]>): Promise<number> {
    return unitOfWork.transaction(async (tx) => {
      let written = 0;
      for (const item of items) {
        for (const notice of await noticesFor(item, tx)) {
          for (const recipientId of new Set(notice.recipientIds)) {
            await this.notifications.enqueue(tx, {
              agencyId: item.agencyId,
              recipientType: 'staff',
              recipientId,
              kind: notice.kind,
              title: notice.title,
              body: notice.body,
              link: notice.link,
              idempotencyKey: `${notice.key}:${recipientId}`,
            });
            written += 1;
          }
        }
      }
      return written;
    });
  }
}
