import { StaffRole } from '@govopen/contracts';
import { createWorkingCalendar, RequestEvent } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { newTestService } from '../../testing/new-test-service';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { NotificationService } from '../notification/notification.service';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { DisclosureCaseStore } from './disclosure-case-store';
import { DisclosureCaseworkService } from './disclosure-casework.service';
import { DisclosureIntakeService } from './disclosure-intake.service';

// file-type ships ESM only, which this CommonJS test runner cannot load; the media service is auto-mocked here anyway.
jest.mock('file-type', () => ({ fileTypeFromBuffer: undefined }), { virtual: true });

// Friday 2026-11-20, 10:00 in China.
const NOW = new Date('2026-11-20T02:00:00Z');
const tx = { connection: 'test transaction' } as Transaction;
// 2026 with no exceptions: November 2026 has no holiday or make-up day, so every weekday counts.
const CALENDAR = createWorkingCalendar([2026], []);

/** An online request received on `date` and assigned to unit 3 the same day. */
function receivedOnline(date: string): RequestEvent[] {
  return [
    { type: 'submitted', date, channel: 'online' },
    { type: 'registered', date, receivedDate: date },
    { type: 'assigned', date, unitId: 3, assistUnitIds: [] },
  ];
}
const actor: Actor = { type: 'staff', id: 5, name: 'handler', ip: '127.0.0.1', userAgent: null };

function rowsOf(requestId: number, events: RequestEvent[]): DisclosureRequestEvent[] {
  return events.map((event, index) => ({
    id: index + 1,
    requestId,
    seq: index + 1,
    type: event.type,
    eventDate: event.date,
    at: NOW,
    actorType: 'staff',
    actorId: 5,
    actorName: 'handler',
    payload: JSON.stringify({ event, details: {} }),
  }));
}

function request(id: number, overrides: Partial<DisclosureRequest> = {}): DisclosureRequest {
  return { id, agencyId: 1, residentId: 11, unitId: 3, status: 'awaiting_supplement', trackingNumber: `YSQ2026110200${id}`, title: '某项目环评批复', version: 4, updatedAt: NOW, ...overrides } as DisclosureRequest;
}

function staff(roles: StaffRole[], agencyId = 1): StaffPrincipal {
  return { id: 5, username: 'handler', displayName: '李承办', agencyId, unitId: 3, roles };
}

/** The casework service over the real case store (the writer of events, projection and outbox), repositories mocked. */
function build() {
  const store = newTestService(DisclosureCaseStore, { byType: [[Clock, { now: () => NOW }]] });
  const repository = store.mock(DisclosureRequestRepository);
  const calendar = store.mock(CalendarService);
  repository.transaction.mockImplementation((work) => work(tx));
  calendar.getCalendar.mockResolvedValue(CALENDAR);
  const built = newTestService(DisclosureCaseworkService, {
    byType: [
      [DisclosureCaseStore, store.sut],
      [DisclosureRequestRepository, repository],
      [CalendarService, calendar],
    ],
  });
  return { ...built, repository, audit: built.mock(AuditService), notifications: store.mock(NotificationService) };
}

describe('DisclosureCaseworkService', () => {
  describe('expireLapsed', () => {
    // Received Monday 11-02, 补正 asked on 11-03: one case due back 11-17 (lapsed by 11-20), one due 11-27 (still waiting).
    const asked = (dueDate: string): RequestEvent[] => [...receivedOnline('2026-11-02'), { type: 'supplement_requested', date: '2026-11-03', dueDate, items: '身份证明' }];

    it('closes a case whose 补正 time ran out with a new event, in its own transaction, and leaves a waiting one alone', async () => {
      const { sut, repository, audit, notifications } = build();
      const events = new Map([
        [7, rowsOf(7, asked('2026-11-17'))],
        [8, rowsOf(8, asked('2026-11-27'))],
      ]);
      repository.pausedRequestIds.mockResolvedValue([7, 8]);
      repository.findForUpdate.mockImplementation(async (id) => request(id));
      repository.events.mockImplementation(async (id) => events.get(id)!);

      await expect(sut.expireLapsed()).resolves.toBe(1);

      expect(repository.transaction).toHaveBeenCalledTimes(2);
      expect(repository.appendEvent).toHaveBeenCalledTimes(1);
      expect(repository.appendEvent).toHaveBeenCalledWith(
        expect.objectContaining({ requestId: 7, seq: 5, type: 'supplement_expired', eventDate: '2026-11-20', actorType: 'system', at: NOW }),
        tx,
      );
      // The projection follows the events: closed as abandoned (Art. 30), in the same transaction.
      expect(repository.saveRequest).toHaveBeenCalledWith(expect.objectContaining({ id: 7, status: 'closed', closedDate: '2026-11-20', version: 5 }), tx);
      expect(repository.saveRequest).not.toHaveBeenCalledWith(expect.objectContaining({ id: 8 }), expect.anything());
      expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ type: 'system' }), expect.objectContaining({ action: 'disclosure.supplement_expired', targetId: 7 }), tx);
      expect(notifications.enqueue).toHaveBeenCalledWith(tx, expect.objectContaining({ recipientType: 'resident', recipientId: 11, idempotencyKey: 'disclosure:7:5:resident' }));
    });
  });

  describe('perform', () => {
    it.each`
      edge                                             | roles                   | type
      ${'a reviewer is no case worker'}                | ${[StaffRole.REVIEWER]} | ${'claim'}
      ${'registering is the office head’s'}            | ${[StaffRole.HANDLER]}  | ${'register'}
      ${'approving an extension is the office head’s'} | ${[StaffRole.HANDLER]}  | ${'approve-extension'}
    `('refuses before touching the case: $edge', async ({ roles, type }) => {
      const { sut, repository } = build();
      await expect(sut.perform(staff(roles), 7, { type } as never, actor)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(repository.transaction).not.toHaveBeenCalled();
    });

    it('refuses a claim outside one’s unit by the domain’s rule, and writes nothing', async () => {
      const { sut, repository, audit } = build();
      repository.findForUpdate.mockResolvedValue(request(7, { status: 'in_progress', unitId: 4 }));
      const events = receivedOnline('2026-11-02').map((event) => (event.type === 'assigned' ? { ...event, unitId: 4 } : event));
      repository.events.mockResolvedValue(rowsOf(7, events));
      const refusal = sut.perform(staff([StaffRole.OFFICE_HEAD]), 7, { type: 'claim' }, actor);
      await expect(refusal).rejects.toBeInstanceOf(AppException);
      await expect(refusal).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, message: '只能认领本科室承办的办件' });
      expect(repository.appendEvent).not.toHaveBeenCalled();
      expect(repository.saveRequest).not.toHaveBeenCalled();
      expect(audit.record).not.toHaveBeenCalled();
    });

    it('answers a case of another agency as one that does not exist, and writes nothing', async () => {
      const { sut, repository, audit } = build();
      repository.findForUpdate.mockResolvedValue(request(7, { agencyId: 2 }));
      await expect(sut.perform(staff([StaffRole.OFFICE_HEAD]), 7, { type: 'claim' }, actor)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect(repository.appendEvent).not.toHaveBeenCalled();
      expect(repository.saveRequest).not.toHaveBeenCalled();
      expect(audit.record).not.toHaveBeenCalled();
    });
  });
});

describe('DisclosureIntakeService', () => {
  describe('createOnBehalf', () => {
    it('refuses a receipt date after today, naming the field, before any write', async () => {
      const { sut, mock } = newTestService(DisclosureIntakeService, { byType: [[Clock, { now: () => NOW }]] });
      const store = mock(DisclosureCaseStore);
      store.today.mockReturnValue('2026-11-20');
      const body = { receivedDate: '2026-11-21', channel: 'mail' } as never;
      await expect(sut.createOnBehalf(staff([StaffRole.OFFICE_HEAD]), body, actor)).rejects.toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'receivedDate' });
      expect(mock(DisclosureRequestRepository).transaction).not.toHaveBeenCalled();
    });

    it('refuses a handler entering an application for the office', async () => {
      const { sut, mock } = newTestService(DisclosureIntakeService, { byType: [[Clock, { now: () => NOW }]] });
      const body = { receivedDate: '2026-11-19', channel: 'mail' } as never;
      await expect(sut.createOnBehalf(staff([StaffRole.HANDLER]), body, actor)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(mock(DisclosureRequestRepository).transaction).not.toHaveBeenCalled();
    });
  });
});
