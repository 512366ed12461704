import { ResidentPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { automock, newTestService } from '../../testing/new-test-service';
import { MediaService } from '../media/media.service';
import { NotificationService } from '../notification/notification.service';
import { ContentScreeningService } from './content-screening.service';
import { MessageNoticeService } from './message-notice.service';
import { MessagePublicService } from './message-public.service';
import { MessageViewsService } from './message-views.service';
import { Message } from './message.entity';
import { MessageRepository } from './message.repository';

// file-type ships ESM only, which this CommonJS test runner cannot load; the media service is auto-mocked here anyway.
jest.mock('file-type', () => ({ fileTypeFromBuffer: undefined }), { virtual: true });

// Monday 2026-11-30, 10:00 in China.
const NOW = new Date('2026-11-30T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const writer: ResidentPrincipal = { id: 21, openid: 'o-writer' };

function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 9,
    agencyId: 1,
    residentId: writer.id,
    board: 'inquiry',
    title: '社保补贴何时发放',
    body: '请问今年的社保补贴什么时候发放到账？',
    status: 'answered',
    submittedAt: new Date('2026-11-20T01:00:00Z'),
    receivedDate: '2026-11-20',
    dueDate: '2026-11-25',
    repliedDate: '2026-11-24',
    repliedAt: new Date('2026-11-24T03:00:00Z'),
    replyBody: '已于 11 月 24 日发放。',
    phoneMasked: '139****5678',
    unitId: 3,
    replyUnitId: 3,
    published: false,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    version: 3,
    updatedAt: NOW,
    ...overrides,
  } as Message;
}

// The views and the notice sender are the real ones over the same mocked repository, so the spec sees the outbox rows.
function build() {
  const repository = automock(MessageRepository);
  const notifications = automock(NotificationService);
  const media = automock(MediaService);
  repository.transaction.mockImplementation((work) => work(tx));
  repository.units.mockResolvedValue([{ id: 3, name: '综合科' }] as never);
  media.filesAttachedTo.mockResolvedValue([]);
  const built = newTestService(MessagePublicService, {
    byType: [
      [Clock, { now: () => NOW }],
      [MessageRepository, repository],
      [MessageViewsService, new MessageViewsService(repository, media)],
      [MessageNoticeService, new MessageNoticeService(repository, notifications)],
    ],
  });
  built.mock(ContentScreeningService).findSensitiveWords.mockResolvedValue([]);
  return { sut: built.sut, repository, notifications };
}

describe('MessagePublicService', () => {
  describe('rate', () => {
    it('records a dissatisfied rating as a new event and tells every dispatcher once, in one transaction', async () => {
      const { sut, repository, notifications } = build();
      repository.findForUpdate.mockResolvedValue(message());
      repository.dispatchers.mockResolvedValue([41, 42]);

      const view = await sut.rate(writer, 9, { rating: 'dissatisfied', comment: '  答非所问  ' } as never);

      expect(view).toMatchObject({ id: 9, rating: 'dissatisfied' });
      expect(repository.save).toHaveBeenCalledWith(expect.objectContaining({ id: 9, rating: 'dissatisfied', ratingComment: '答非所问', ratedAt: NOW }), tx);
      expect(repository.appendEvent).toHaveBeenCalledWith(expect.objectContaining({ messageId: 9, type: 'rated', actorType: 'resident', actorId: writer.id, createdAt: NOW }), tx);
      expect(notifications.enqueue.mock.calls.map(([handle, notice]) => [handle, notice.recipientId, notice.idempotencyKey])).toEqual([
        [tx, 41, 'message-dissatisfied:9:41'],
        [tx, 42, 'message-dissatisfied:9:42'],
      ]);
    });

    it('a satisfied rating tells nobody', async () => {
      const { sut, repository, notifications } = build();
      repository.findForUpdate.mockResolvedValue(message());
      await sut.rate(writer, 9, { rating: 'satisfied' } as never);
      expect(repository.appendEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'rated' }), tx);
      expect(notifications.enqueue).not.toHaveBeenCalled();
    });

    it.each`
      edge                                      | stored                                   | code
      ${'someone else’s message does not exist'} | ${message({ residentId: 99 })}           | ${ErrorCode.NOT_FOUND}
      ${'only an answered message is rated'}    | ${message({ status: 'in_progress' })}    | ${ErrorCode.CONFLICT}
      ${'a message is rated once'}              | ${message({ rating: 'satisfied' })}      | ${ErrorCode.CONFLICT}
    `('refuses, and writes nothing: $edge', async ({ stored, code }) => {
      const { sut, repository, notifications } = build();
      repository.findForUpdate.mockResolvedValue(stored);
      await expect(sut.rate(writer, 9, { rating: 'dissatisfied' } as never)).rejects.toMatchObject({ code });
      expect(repository.save).not.toHaveBeenCalled();
      expect(repository.appendEvent).not.toHaveBeenCalled();
      expect(notifications.enqueue).not.toHaveBeenCalled();
    });
  });
});
