import { Injectable, OnModuleInit } from '@nestjs/common';
import { applyRequestEvent, CalendarYearMissingError, chinaDateOf, deriveRequestState, reportFactsOf, RequestEvent, RequestState, table3CodesOf, WorkingCalendar } from '@govopen/domain';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { Transaction } from '../../database/unit-of-work/transaction';
import { CalendarService } from '../calendar/calendar.service';
import { NotificationService } from '../notification/notification.service';
import { calendarMissing, safeDeadline } from './case-calendar';
import { disclosureNoticeOf } from './disclosure-notices';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';
import { parsePayload, StoredPayload } from './disclosure-request.mapper';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { residentPageOfRequest } from './resident-page';

/** Sorts after every real date: cases with no running clock come last in the queues. */
export const NO_DUE_DATE = '9999-12-31';

export function stateFrom(rows: DisclosureRequestEvent[], calendar: WorkingCalendar): RequestState {
  return deriveRequestState(rows.map((row) => parsePayload(row).event), calendar);
}

/**
 * The one writer of a case's history. An event is appended, the query columns are projected from the history and
 * the notices it causes are put in the outbox, all in the caller's transaction: a case never shows a status its
 * events do not explain, and nobody is told of an event that was rolled back.
 */
@Injectable()
export class DisclosureCaseStore implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    private readonly repository: DisclosureRequestRepository,
    private readonly calendarService: CalendarService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    // A changed calendar moves every open case's due date, in the same transaction as the change.
    this.calendarService.onCalendarChanged(async (calendar, tx) => {
      for (const id of await this.repository.openRequestIds()) {
        const request = await this.repository.findById(id, tx);
        if (!request) continue;
        this.project(request, stateFrom(await this.repository.events(id, tx), calendar), calendar);
        await this.repository.saveRequest(request, tx);
      }
    });
  }

  today(): string {
    return chinaDateOf(this.clock.now());
  }

  /** The domain decides; a LegalRefusal leaves as a 409 naming the rule and article (AllExceptionsFilter). */
  applyOrRefuse(state: RequestState, event: RequestEvent, calendar: WorkingCalendar): RequestState {
    try {
      return applyRequestEvent(state, event, calendar, this.today());
    } catch (error) {
      if (error instanceof CalendarYearMissingError) throw calendarMissing(String(error.year));
      throw error;
    }
  }

  /**
   * Appends one event to the case's history (`rows`, as the caller loaded it in this transaction), updates the
   * projection and notifies; answers the history with the new event, for a caller appending several.
   */
  async append(
    request: DisclosureRequest,
    rows: DisclosureRequestEvent[],
    event: RequestEvent,
    details: Record<string, unknown>,
    actor: Actor,
    tx: Transaction,
    calendar: WorkingCalendar,
    next: RequestState = deriveRequestState([...rows.map((row) => parsePayload(row).event), event], calendar),
  ): Promise<DisclosureRequestEvent[]> {
    const payload: StoredPayload = { event, details };
    const row: Omit<DisclosureRequestEvent, 'id'> = {
      requestId: request.id,
      seq: rows.length + 1,
      type: event.type,
      eventDate: event.date,
      at: this.clock.now(),
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      payload: JSON.stringify(payload),
    };
    await this.repository.appendEvent(row, tx);
    this.project(request, next, calendar);
    request.version += 1;
    request.updatedAt = this.clock.now();
    await this.repository.saveRequest(request, tx);
    await this.notify(request, event, row.seq, tx);
    return [...rows, { ...row, id: 0 }];
  }

  /** Writes the derived state into the row's query columns. */
  private project(request: DisclosureRequest, state: RequestState, calendar: WorkingCalendar): void {
    request.status = state.status;
    request.unitId = state.unitId;
    request.receivedDate = state.receivedDate;
    request.closedDate = state.closedDate;
    request.outcome = state.outcome;
    const codes = table3CodesOf(reportFactsOf(state, { type: request.applicantType, organizationKind: request.organizationKind }));
    request.reportColumn = codes.column;
    request.reportLeaf = codes.leaf;
    request.extended = state.extensionDays > 0;
    request.dueDate = safeDeadline(state, calendar, this.today())?.dueDate ?? null;
    request.sortDueDate = request.dueDate ?? NO_DUE_DATE;
  }

  /** Tells the people who must know, through the outbox, in the event's own transaction. */
  private async notify(request: DisclosureRequest, event: RequestEvent, seq: number, tx: Transaction): Promise<void> {
    const notice = disclosureNoticeOf(request, event);
    if (!notice) return;
    const { audience, kind, title, body, hint } = notice;
    if (audience.to === 'applicant') {
      // A paper application's applicant has no account: the letter goes by post.
      if (request.residentId === null) return;
      await this.notifications.enqueue(tx, {
        agencyId: request.agencyId,
        recipientType: 'resident',
        recipientId: request.residentId,
        kind,
        title,
        body,
        link: residentPageOfRequest(request.id),
        idempotencyKey: `disclosure:${request.id}:${seq}:resident`,
        subject: request.title,
        hint,
      });
      return;
    }
    const staffIds =
      audience.to === 'office_heads' ? await this.repository.officeHeads(request.agencyId, tx) : await this.repository.handlersOf(request.agencyId, audience.unitId, tx);
    for (const id of staffIds) {
      await this.notifications.enqueue(tx, {
        agencyId: request.agencyId,
        recipientType: 'staff',
        recipientId: id,
        kind,
        title,
        body,
        link: `/disclosure-requests/${request.id}`,
        idempotencyKey: `disclosure:${request.id}:${seq}:staff:${id}`,
      });
    }
  }
}
