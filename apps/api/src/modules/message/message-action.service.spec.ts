import { StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { automock, newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { MessageActionService } from './message-action.service';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { MessageNoticeService } from './message-notice.service';
import { MessageWorkbenchService } from './message-workbench.service';
import { Message } from './message.entity';
import { MessageRepository } from './message.repository';

// file-type ships ESM only, which this CommonJS test runner cannot load; the media service is auto-mocked here anyway.
jest.mock('file-type', () => ({ fileTypeFromBuffer: undefined }), { virtual: true });

// Monday 2026-11-30, 10:00 in China.
const NOW = new Date('2026-11-30T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
const actor: Actor = { type: 'staff', id: 5, name: 'handler', ip: '127.0.0.1', userAgent: null };
const staff = (roles: StaffRole[]): StaffPrincipal => ({ id: 5, username: 'handler', displayName: '李承办', agencyId: 1, unitId: 3, roles });

function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 9,
    agencyId: 1,
    residentId: 21,
    board: 'inquiry',
    title: '社保补贴何时发放',
    body: '请问今年的社保补贴什么时候发放到账？',
    status: 'in_progress',
    writerPublic: true,
    published: false,
    receivedDate: '2026-11-20',
    replyWorkingDays: 5,
    dueDate: '2026-11-27',
    extendedDays: 0,
    unitId: 3,
    handlerId: 5,
    urgeCount: 0,
    version: 3,
    updatedAt: NOW,
    ...overrides,
  } as Message;
}

// The notice sender is the real one over the same mocked repository, so the spec sees the outbox rows.
function build() {
  const repository = automock(MessageRepository);
  const notifications = automock(NotificationService);
  repository.transaction.mockImplementation((work) => work(tx));
  const built = newTestService(MessageActionService, {
    byType: [
      [Clock, { now: () => NOW }],
      [MessageRepository, repository],
      [MessageNoticeService, new MessageNoticeService(repository, notifications)],
    ],
  });
  built.mock(MessageBoardSettingsService).settingsByBoard.mockResolvedValue(new Map());
  built.mock(MessageWorkbenchService).staffView.mockResolvedValue({ id: 9 } as never);
  return { sut: built.sut, repository, notifications, audit: built.mock(AuditService) };
}

describe('MessageActionService', () => {
  describe('act', () => {
    it('answers a message of another agency as one that does not exist, and writes nothing', async () => {
      const { sut, repository } = build();
      repository.findForUpdate.mockResolvedValue(message({ agencyId: 2 }));
      await expect(sut.act(staff([StaffRole.OFFICE_HEAD]), 9, { type: 'urge' } as never, actor)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(repository.save).not.toHaveBeenCalled();
      expect(repository.appendEvent).not.toHaveBeenCalled();
    });

    it('refuses a reply without text, naming the field, before opening the message', async () => {
      const { sut, repository } = build();
      await expect(sut.act(staff([StaffRole.HANDLER]), 9, { type: 'reply', replyBody: '   ' } as never, actor)).rejects.toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'replyBody' });
      expect(repository.transaction).not.toHaveBeenCalled();
    });

    it('a workflow refusal leaves with its message and field, and writes nothing', async () => {
      const { sut, repository } = build();
      repository.findUnit.mockResolvedValue({ id: 7 } as never);
      repository.findForUpdate.mockResolvedValue(message());
      await expect(sut.act(staff([StaffRole.HANDLER]), 9, { type: 'transfer', unitId: 7, reason: '  ' } as never, actor)).rejects.toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        field: 'reason',
        message: '请填写理由 reason',
      });
      expect(repository.save).not.toHaveBeenCalled();
    });

    it('a transfer moves the message, names the new unit on the timeline and tells its handlers, in one transaction', async () => {
      const { sut, repository, notifications, audit } = build();
      repository.findUnit.mockResolvedValue({ id: 7 } as never);
      repository.findForUpdate.mockResolvedValue(message());
      repository.unitHandlers.mockResolvedValue([51]);

      await sut.act(staff([StaffRole.HANDLER]), 9, { type: 'transfer', unitId: 7, reason: ' 不属本科室职责 ' } as never, actor);

      expect(repository.save).toHaveBeenCalledWith(expect.objectContaining({ status: 'assigned', unitId: 7, handlerId: null, version: 4, updatedAt: NOW }), tx);
      expect(repository.appendEvent).toHaveBeenCalledWith(expect.objectContaining({ messageId: 9, type: 'transfer', unitId: 7, note: '不属本科室职责', actorName: 'handler' }), tx);
      expect(audit.record).toHaveBeenCalledWith(actor, expect.objectContaining({ action: 'message.transfer', targetId: 9 }), tx);
      expect(repository.unitHandlers).toHaveBeenCalledWith(1, 7, tx);
      expect(notifications.enqueue.mock.calls.map(([handle, notice]) => [handle, notice.recipientId, notice.idempotencyKey])).toEqual([[tx, 51, 'message.assigned:9:4:51']]);
    });
  });
});
