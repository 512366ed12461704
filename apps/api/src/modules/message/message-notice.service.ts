import { Injectable } from '@nestjs/common';
import { Transaction } from '../../database/unit-of-work/transaction';
import { NotificationService } from '../notification/notification.service';
import { Message } from './message.entity';
import { MessageNotice } from './message-notices';
import { MessageRepository } from './message.repository';

/** Writes a message notice to the outbox, one copy per recipient, in the transaction of the change it reports. */
@Injectable()
export class MessageNoticeService {
  constructor(
    private readonly repository: MessageRepository,
    private readonly notifications: NotificationService,
  ) {}

  async send(message: Message, notice: MessageNotice | null, tx: Transaction): Promise<void> {
    if (!notice) return;
    const { kind, title, body, link } = notice;
    if (notice.recipients === 'writer') {
      await this.notifications.enqueue(tx, {
        agencyId: message.agencyId,
        recipientType: 'resident',
        recipientId: message.residentId,
        kind,
        subject: notice.subject,
        title,
        body,
        link,
        idempotencyKey: notice.key,
      });
      return;
    }
    const staffIds =
      notice.recipients === 'dispatchers'
        ? await this.repository.dispatchers(message.agencyId, tx)
        : await this.repository.unitHandlers(message.agencyId, notice.recipients.unitId, tx);
    for (const recipientId of staffIds) {
      await this.notifications.enqueue(tx, { agencyId: message.agencyId, recipientType: 'staff', recipientId, kind, title, body, link, idempotencyKey: `${notice.key}:${recipientId}` });
    }
  }
}
