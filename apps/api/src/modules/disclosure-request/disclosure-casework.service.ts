import { Injectable } from '@nestjs/common';
import {
  DISCLOSURE_QUEUE_LABELS,
  DisclosureAction,
  DisclosureApplicantDetails,
  DisclosureLetter,
  DisclosurePersonalData,
  DisclosureQueue,
  DisclosureQueueCounts,
  DisclosureQueueCountsQuery,
  DisclosureQueueQuery,
  DisclosureRequestSummary,
  Page,
  StaffDisclosureRequestView,
  UnitSuggestion,
} from '@govopen/contracts';
import {
  allowedOutcomes,
  allowedRequestActions,
  applicantHints,
  applyRequestEvent,
  chinaDateOf,
  feeForNthApplication,
  RequestEvent,
  RequestState,
  RequestStatus,
  DUE_SOON_WORKING_DAYS,
  suggestCaseUnit,
  WorkingCalendar,
} from '@govopen/domain';
import { Actor, StaffPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { MediaFile } from '../media/media-file.entity';
import { MediaService } from '../media/media.service';
import { RUNNING_STATUSES, safeAddWorkingDays, workingDaysRemaining } from './case-calendar';
import { assertCaseWorker, assertMayTakeAction, assertRoleMayTakeAction, canReadPersonalData, canSeeCase, isOfficeHead, requestActorOf } from './disclosure-access';
import { eventForAction } from './disclosure-action-event';
import { DISCLOSURE_ATTACHED_TYPE, DisclosureCaseReader } from './disclosure-case-reader';
import { DisclosureCaseStore, stateFrom } from './disclosure-case-store';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';
import { parsePayload, toSummary } from './disclosure-request.mapper';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';

const QUEUE_STATUSES: Partial<Record<DisclosureQueue, string[]>> = {
  to_register: ['submitted'],
  to_assign: ['received'],
  in_progress: ['in_progress'],
  awaiting_supplement: ['awaiting_supplement'],
  consulting: ['consulting'],
  closed: [RequestStatus.CLOSED, RequestStatus.WITHDRAWN],
};
/** How many of the agency's latest assigned cases the unit suggestion learns from. */
const SIMILAR_CANDIDATES = 500;

/** The staff workbench: queues, the case as staff see it, its personal data (audited), actions and lapses. */
@Injectable()
export class DisclosureCaseworkService {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly repository: DisclosureRequestRepository,
    private readonly store: DisclosureCaseStore,
    private readonly reader: DisclosureCaseReader,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly media: MediaService,
  ) {}

  async queue(staff: StaffPrincipal, query: DisclosureQueueQuery): Promise<Page<DisclosureRequestSummary>> {
    assertCaseWorker(staff);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const today = this.store.today();
    const calendar = await this.calendarService.getCalendar();
    const filter = this.queueFilter(staff, query.queue ?? 'all', query, calendar, today);
    const [[rows, total], unitNames] = await Promise.all([
      this.repository.queue({ ...filter, skip: (page - 1) * pageSize, take: pageSize }),
      this.repository.unitNames(staff.agencyId),
    ]);
    return {
      items: rows.map((request) => toSummary(request, today, workingDaysRemaining(calendar, request, today), unitNames)),
      total,
      page,
      pageSize,
    };
  }

  /** The number on each queue tab, under the same unit and search as the list. */
  async queueCounts(staff: StaffPrincipal, query: DisclosureQueueCountsQuery): Promise<DisclosureQueueCounts> {
    assertCaseWorker(staff);
    const today = this.store.today();
    const calendar = await this.calendarService.getCalendar();
    const queues = Object.keys(DISCLOSURE_QUEUE_LABELS) as DisclosureQueue[];
    const counts = await Promise.all(queues.map((queue) => this.repository.count(this.queueFilter(staff, queue, query, calendar, today))));
    return Object.fromEntries(queues.map((queue, index) => [queue, counts[index]])) as DisclosureQueueCounts;
  }

  private queueFilter(staff: StaffPrincipal, queue: DisclosureQueue, query: DisclosureQueueCountsQuery, calendar: WorkingCalendar, today: string) {
    // A unit's staff see their unit's queue whatever they ask for; the office head may filter by unit.
    const base = { agencyId: staff.agencyId, unitId: isOfficeHead(staff) ? query.unitId : staff.unitId ?? -1, q: query.q };
    switch (queue) {
      case 'overdue':
        return { ...base, statuses: RUNNING_STATUSES, dueBefore: today };
      case 'due_soon':
        return { ...base, statuses: RUNNING_STATUSES, dueFrom: today, dueBefore: safeAddWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS) ?? '9999-12-31' };
      case 'extended':
        return { ...base, extended: true };
      default:
        return { ...base, statuses: QUEUE_STATUSES[queue] };
    }
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffDisclosureRequestView> {
    const request = await this.findVisible(staff, id);
    const [loaded, others] = await Promise.all([this.reader.load(request), this.repository.sameApplicant(request.agencyId, request.applicantFingerprint, request.id)]);
    const { state, rows, unitNames } = loaded;
    const today = this.store.today();
    return {
      ...(await this.reader.staffViewOf(loaded)),
      applicantDetails: {
        idType: request.idType as DisclosureApplicantDetails['idType'],
        workUnit: request.workUnit,
        organizationKind: request.organizationKind as DisclosureApplicantDetails['organizationKind'],
        creditCode: request.creditCode,
        legalRepresentative: request.legalRepresentative,
        contactName: request.contactName,
        postcode: request.postcode,
      },
      unitId: request.unitId,
      handlerName: handlerNameOf(state, rows),
      suggestedUnits: state.status === RequestStatus.RECEIVED ? await this.suggestUnits(request, unitNames) : [],
      pendingExtension: state.pendingExtension,
      hints: applicantHints(sampleOf(request), others.map(sampleOf)),
      allowedOutcomes: allowedOutcomes(state, today),
      reasonsStage: state.reasons,
      allowedActions: allowedRequestActions(state, requestActorOf(staff), today),
    };
  }

  /** The full ID number, phone, address and e-mail: the assigned unit and the office head only, every read audited. */
  async personalData(staff: StaffPrincipal, id: number, actor: Actor): Promise<DisclosurePersonalData> {
    const request = await this.findWithPersonalDataAccess(staff, id);
    await this.audit.record(actor, {
      action: 'disclosure.personal_data.read',
      targetType: 'disclosure_request',
      targetId: request.id,
      detail: `查看申请人个人信息（${request.trackingNumber}）`,
    });
    return {
      idNumber: this.cipher.decryptOptional(request.idNumberEnc),
      phone: this.cipher.decrypt(request.phoneEnc),
      address: this.cipher.decrypt(request.addressEnc),
      email: this.cipher.decryptOptional(request.emailEnc),
    };
  }

  /** Identity proofs are personal data: the same people as the full personal data, every download audited. */
  async attachmentForStaff(staff: StaffPrincipal, id: number, fileId: number, actor: Actor): Promise<MediaFile> {
    const request = await this.findWithPersonalDataAccess(staff, id);
    const file = await this.media.findAttached(DISCLOSURE_ATTACHED_TYPE, id, fileId);
    await this.audit.record(actor, {
      action: 'disclosure.attachment.read',
      targetType: 'disclosure_request',
      targetId: request.id,
      detail: `下载申请附件“${file.originalName}”（${request.trackingNumber}）`,
    });
    return file;
  }

  async lettersForStaff(staff: StaffPrincipal, id: number): Promise<DisclosureLetter[]> {
    return this.reader.letters(await this.findVisible(staff, id));
  }

  async perform(staff: StaffPrincipal, id: number, action: DisclosureAction, actor: Actor): Promise<StaffDisclosureRequestView> {
    assertCaseWorker(staff);
    assertRoleMayTakeAction(staff, action.type);
    const calendar = await this.calendarService.getCalendar();
    const today = this.store.today();
    await this.repository.transaction(async (tx) => {
      const request = await this.repository.findForUpdate(id, tx);
      if (!request || !canSeeCase(staff, request)) throw AppException.notFound('申请不存在');
      const rows = await this.repository.events(request.id, tx);
      const state = stateFrom(rows, calendar);
      assertMayTakeAction(staff, action.type, state);
      const { event, details } = await eventForAction(action, {
        state,
        pendingExtensionReason: pendingExtensionReason(rows),
        staff,
        calendar,
        today,
        lookups: {
          assertActiveUnit: async (unitId, field) => {
            const unit = await this.repository.findUnit(staff.agencyId, unitId);
            if (!unit || !unit.active) throw AppException.invalid(field, '科室不存在或已停用');
          },
          feeByCount: () => this.feeByCount(request),
        },
      });
      const next = this.store.applyOrRefuse(state, event, calendar);
      await this.store.append(request, rows, event, details, actor, tx, calendar, next);
      await this.audit.record(actor, { action: `disclosure.${action.type}`, targetType: 'disclosure_request', targetId: request.id, detail: request.trackingNumber ?? '' }, tx);
    });
    return this.getForStaff(staff, id);
  }

  /**
   * Closes the waits the law lets lapse: no 补正 by its date → deemed abandoned (Art. 30); no answer to a
   * consultation in 15 working days → the clock runs again (Art. 32/34); no fee paid in time → abandoned (109号).
   * Each case in its own transaction, so one bad case cannot hold back the others.
   */
  async expireLapsed(): Promise<number> {
    const calendar = await this.calendarService.getCalendar();
    const today = this.store.today();
    let expired = 0;
    for (const id of await this.repository.pausedRequestIds()) {
      await this.repository.transaction(async (tx) => {
        const request = await this.repository.findForUpdate(id, tx);
        if (!request) return;
        const rows = await this.repository.events(id, tx);
        const state = stateFrom(rows, calendar);
        const event = lapsedEvent(state, today);
        if (!event) return;
        const next = applyRequestEvent(state, event, calendar);
        await this.store.append(request, rows, event, { automatic: true }, SYSTEM_ACTOR, tx, calendar, next);
        await this.audit.record(SYSTEM_ACTOR, { action: `disclosure.${event.type}`, targetType: 'disclosure_request', targetId: request.id, detail: request.trackingNumber ?? '' }, tx);
        expired += 1;
      });
    }
    return expired;
  }

  /**
   * 109号 by count: this application's place among the applicant's applications received in its calendar month.
   * The receipt date (Art. 31), not the day a clerk typed a paper application in.
   */
  private async feeByCount(request: DisclosureRequest): Promise<number> {
    const nth = await this.repository.countReceivedInMonth(request.agencyId, request.applicantFingerprint, request.receivedDate!, request.id);
    return feeForNthApplication(Math.max(1, nth));
  }

  private async suggestUnits(request: DisclosureRequest, unitNames: Map<number, string>): Promise<UnitSuggestion[]> {
    const past = await this.repository.recentAssigned(request.agencyId, request.id, SIMILAR_CANDIDATES);
    const samples = past
      .filter((other) => other.unitId !== null && unitNames.has(other.unitId))
      .map((other) => ({ unitId: other.unitId!, trackingNumber: other.trackingNumber ?? String(other.id), title: other.title, description: other.description }));
    return suggestCaseUnit(request, samples).map(({ unitId, reason }) => ({ unitId, unitName: unitNames.get(unitId)!, reason }));
  }

  /** Refuses, as a case that does not exist, one this staff member may not see. */
  async assertVisible(staff: StaffPrincipal, id: number): Promise<void> {
    await this.findVisible(staff, id);
  }

  private async findVisible(staff: StaffPrincipal, id: number): Promise<DisclosureRequest> {
    assertCaseWorker(staff);
    const request = await this.repository.findById(id);
    if (!request || !canSeeCase(staff, request)) throw AppException.notFound('申请不存在');
    return request;
  }

  private async findWithPersonalDataAccess(staff: StaffPrincipal, id: number): Promise<DisclosureRequest> {
    const request = await this.findVisible(staff, id);
    if (!canReadPersonalData(staff, request)) throw new AppException(ErrorCode.FORBIDDEN);
    return request;
  }
}

function sampleOf(request: DisclosureRequest) {
  return { id: request.id, trackingNumber: request.trackingNumber ?? String(request.id), title: request.title, submittedDate: chinaDateOf(request.submittedAt) };
}

/** The expiry event due today for a paused case, if its waiting period ended before today. */
function lapsedEvent(state: RequestState, today: string): RequestEvent | null {
  switch (state.status) {
    case RequestStatus.AWAITING_SUPPLEMENT:
      return state.supplementDueDate && state.supplementDueDate < today ? { type: 'supplement_expired', date: today } : null;
    case RequestStatus.CONSULTING:
      return state.consultationDueDate && state.consultationDueDate < today ? { type: 'consultation_expired', date: today } : null;
    case RequestStatus.AWAITING_FEE:
      return state.feeDueDate && state.feeDueDate < today ? { type: 'fee_expired', date: today } : null;
    default:
      return null;
  }
}

function handlerNameOf(state: RequestState, rows: DisclosureRequestEvent[]): string | null {
  if (state.handlerId === null) return null;
  const claim = [...rows].reverse().find((row) => row.type === 'claimed');
  return claim ? String(parsePayload(claim).details.staffName ?? '') : null;
}

function pendingExtensionReason(rows: DisclosureRequestEvent[]): string | null {
  const last = [...rows].reverse().find((row) => row.type === 'extension_requested');
  return last ? String(parsePayload(last).details.reason ?? '') : null;
}
