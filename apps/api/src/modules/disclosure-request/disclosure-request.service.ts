import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  DisclosureLetter,
  DisclosureLetterKind,
  DisclosurePersonalData,
  DisclosureQueue,
  DisclosureQueueQuery,
  DisclosureRequestSummary,
  DisclosureRequestView,
  MediaFileView,
  Page,
  StaffDisclosureRequestView,
  StaffRole,
  UnitSuggestion,
} from '@govopen/contracts';
import {
  addWorkingDays,
  allowedOutcomes,
  allowedRequestActions,
  applyRequestEvent,
  bigrams,
  composeLetter,
  CalendarYearMissingError,
  chinaDateOf,
  CONSULTATION_WORKING_DAYS,
  countWorkingDays,
  DisclosureRule,
  deadlineOf,
  Deadline,
  deriveRequestState,
  feeForNthApplication,
  feeForPages,
  formatChinaDay,
  jaccard,
  LetterFacts,
  LetterTemplate as LetterWording,
  maskIdNumber,
  maskPhone,
  MIN_REASONS_WORKING_DAYS,
  OFFICE_ONLY_REQUEST_ACTIONS,
  Outcome,
  outcomeInfo,
  refuseDisclosure,
  RequestEvent,
  RequestState,
  RequestStatus,
  WorkingCalendar,
} from '@govopen/domain';
import { Transaction } from '../../database/unit-of-work/transaction';
import { Actor, ResidentPrincipal, StaffPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { MediaFile } from '../media/media-file.entity';
import { MediaService } from '../media/media.service';
import { NotificationService } from '../notification/notification.service';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';
import { explainDeadline, parsePayload, StoredPayload, toEventViews, toRequestView, toSummary } from './disclosure-request.mapper';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { LetterTemplateService } from './letter-template.service';
import { CreateDisclosureRequestDto, CreateDisclosureRequestOnBehalfDto } from './dto/create-disclosure-request.dto';
import { PerformDisclosureActionDto } from './dto/perform-disclosure-action.dto';
import { residentPageOfRequest } from './resident-page';

type PersonalData = DisclosurePersonalData;
type StaffRequestView = StaffDisclosureRequestView;

const DUE_SOON_WORKING_DAYS = 5;
/** media_file.attached_type of a case's attachments. */
const ATTACHED_TYPE = 'disclosure_request';
/** Sorts after every real date: cases with no running clock come last in the queues. */
const NO_DUE_DATE = '9999-12-31';
const QUEUE_STATUSES: Partial<Record<DisclosureQueue, string[]>> = {
  to_register: ['submitted'],
  to_assign: ['received'],
  in_progress: ['in_progress'],
  awaiting_supplement: ['awaiting_supplement'],
  consulting: ['consulting'],
  closed: [RequestStatus.CLOSED, RequestStatus.WITHDRAWN],
};
/** States in which the reply clock runs: the ones that can be due soon or overdue. */
const RUNNING: string[] = [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS];

@Injectable()
export class DisclosureRequestService implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: DisclosureRequestRepository,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly media: MediaService,
    private readonly letterTemplates: LetterTemplateService,
  ) {}

  onModuleInit(): void {
    // A changed calendar moves every open case's due date, in the same transaction as the change.
    this.calendarService.onCalendarChanged(async (calendar, manager) => {
      for (const id of await this.repository.openRequestIds()) {
        const request = await this.repository.findById(id, manager);
        if (!request) continue;
        const state = stateFrom(await this.repository.events(id, manager), calendar);
        this.project(request, state, calendar, chinaDateOf(this.clock.now()));
        await this.repository.saveRequest(request, manager);
      }
    });
  }

  private today(): string {
    return chinaDateOf(this.clock.now());
  }

  async create(resident: ResidentPrincipal, body: CreateDisclosureRequestDto): Promise<DisclosureRequestView> {
    const calendar = await this.calendarService.getCalendar();
    const id = await this.repository.transaction(async (manager) => {
      // A retried submit (phones retry) finds the first request and returns it: never two requests.
      const existing = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey, manager);
      if (existing) return existing.id;
      const request = await this.insert(body, { residentId: resident.id, channel: 'online' }, manager);
      await this.media.claim(manager, body.attachmentIds, { type: 'resident', id: resident.id }, ATTACHED_TYPE, request.id, 'attachmentIds');
      await this.append(request, [], { type: 'submitted', date: this.today(), channel: 'online' }, {}, residentActor(resident), manager, calendar);
      return request.id;
    });
    return this.getMine(resident, id);
  }

  async createOnBehalf(staff: StaffPrincipal, body: CreateDisclosureRequestOnBehalfDto, actor: Actor): Promise<StaffRequestView> {
    this.assertOffice(staff);
    if (body.receivedDate > this.today()) throw AppException.invalid('receivedDate', '收到申请的日期不能晚于今天');
    const calendar = await this.calendarService.getCalendar();
    const id = await this.repository.transaction(async (manager) => {
      const request = await this.insert(body, { residentId: null, channel: body.channel, agencyId: staff.agencyId }, manager);
      await this.media.claim(manager, body.attachmentIds, { type: 'staff', id: staff.id }, ATTACHED_TYPE, request.id, 'attachmentIds');
      // Art. 31: in person → the day submitted; mail → the day signed for; fax → the day confirmed.
      const events: RequestEvent[] =
        body.channel === 'in_person'
          ? [{ type: 'submitted', date: body.receivedDate, channel: 'in_person' }]
          : [
              { type: 'submitted', date: body.receivedDate, channel: body.channel },
              { type: 'registered', date: this.today(), receivedDate: body.receivedDate },
            ];
      let rows: DisclosureRequestEvent[] = [];
      for (const event of events) rows = await this.append(request, rows, event, { enteredBy: staff.displayName }, actor, manager, calendar);
      await this.audit.record(actor, { action: 'disclosure.create_on_behalf', targetType: 'disclosure_request', targetId: request.id, detail: request.trackingNumber ?? '' }, manager);
      return request.id;
    });
    return this.getForStaff(staff, id);
  }

  private async insert(
    body: CreateDisclosureRequestDto,
    origin: { residentId: number | null; channel: DisclosureRequest['channel']; agencyId?: number },
    manager: Transaction,
  ): Promise<DisclosureRequest> {
    const { applicant } = body;
    const idNumber = applicant.type === 'citizen' ? applicant.idNumber!.trim().toUpperCase() : null;
    const creditCode = applicant.type === 'organization' ? applicant.creditCode!.trim().toUpperCase() : null;
    const now = this.clock.now();
    const request = await this.repository.insertRequest(
      {
        trackingNumber: null,
        agencyId: origin.agencyId ?? (await this.agencyOf(manager)),
        residentId: origin.residentId,
        idempotencyKey: origin.residentId === null ? null : body.idempotencyKey,
        channel: origin.channel,
        applicantType: applicant.type,
        organizationKind: applicant.type === 'organization' ? applicant.organizationKind! : null,
        applicantName: applicant.name.trim(),
        idType: applicant.type === 'citizen' ? applicant.idType! : null,
        idNumberEnc: this.cipher.encryptOptional(idNumber),
        idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
        creditCode,
        legalRepresentative: applicant.legalRepresentative?.trim() ?? null,
        contactName: applicant.contactName?.trim() ?? null,
        phoneEnc: this.cipher.encrypt(applicant.phone.trim()),
        phoneMasked: maskPhone(applicant.phone.trim()),
        addressEnc: this.cipher.encrypt(applicant.address.trim()),
        postcode: applicant.postcode?.trim() || null,
        emailEnc: this.cipher.encryptOptional(applicant.email?.trim()),
        workUnit: applicant.workUnit?.trim() || null,
        applicantFingerprint: this.cipher.fingerprint(idNumber ?? creditCode!),
        title: body.title.trim(),
        documentNumber: body.documentNumber?.trim() || null,
        description: body.description.trim(),
        purpose: body.purpose?.trim() || null,
        provisionMethod: body.provisionMethod,
        deliveryMethod: body.deliveryMethod,
        pledge: body.pledge,
        status: 'submitted',
        unitId: null,
        receivedDate: null,
        dueDate: null,
        sortDueDate: NO_DUE_DATE,
        closedDate: null,
        outcome: null,
        extended: false,
        submittedAt: now,
        updatedAt: now,
        version: 1,
      },
      manager,
    );
    // 受理编号: YSQ + China date of submission + the row id, unique and readable on the phone.
    request.trackingNumber = `YSQ${this.today().replaceAll('-', '')}${String(request.id).padStart(5, '0')}`;
    await this.repository.saveRequest(request, manager);
    return request;
  }

  private async agencyOf(manager: Transaction): Promise<number> {
    const agencyId = await this.repository.servingAgencyId(manager);
    if (agencyId === null) throw new AppException(ErrorCode.INTERNAL);
    return agencyId;
  }

  async listMine(resident: ResidentPrincipal): Promise<DisclosureRequestView[]> {
    const requests = await this.repository.listMine(resident.id);
    if (!requests.length) return [];
    // One query for all the events and one for the unit names, whatever the number of requests.
    const ids = requests.map((request) => request.id);
    const [calendar, events, unitNames, attachments] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.eventsOf(ids),
      this.repository.unitNames(requests[0].agencyId),
      this.media.attachedTo(ATTACHED_TYPE, ids),
    ]);
    return requests.map((request) => {
      const rows = events.get(request.id) ?? [];
      return this.viewOf(request, rows, stateFrom(rows, calendar), calendar, unitNames, attachments.get(request.id) ?? [], false);
    });
  }

  async getMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequestView> {
    const request = await this.repository.findById(id);
    // Another resident's request answers exactly like one that does not exist.
    if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
    return this.view(request, false);
  }

  async withdrawMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequestView> {
    await this.residentEvent(resident, id, { type: 'withdrawn', date: this.today() }, {});
    return this.getMine(resident, id);
  }

  async supplementMine(resident: ResidentPrincipal, id: number, content: string, attachmentIds?: number[]): Promise<DisclosureRequestView> {
    await this.residentEvent(resident, id, { type: 'supplement_received', date: this.today() }, { content }, (manager) =>
      this.media.claim(manager, attachmentIds, { type: 'resident', id: resident.id }, ATTACHED_TYPE, id, 'attachmentIds'),
    );
    return this.getMine(resident, id);
  }

  /** Art. 35: the applicant's reasons, within the period the agency gave; the office decides on them. */
  async giveReasonsMine(resident: ResidentPrincipal, id: number, content: string): Promise<DisclosureRequestView> {
    await this.residentEvent(resident, id, { type: 'reasons_given', date: this.today() }, { content });
    return this.getMine(resident, id);
  }

  /**
   * The app showed the applicant an unpaid fee notice: online, that day is its receipt and the 20 working days to pay
   * run from it (109号 Art. 7). Only the first showing counts; later ones change nothing.
   */
  async acknowledgeFeeNoticeMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequestView> {
    const today = this.today();
    const calendar = await this.calendarService.getCalendar();
    await this.repository.transaction(async (manager) => {
      const request = await this.repository.findForUpdate(id, manager);
      if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
      const rows = await this.repository.events(request.id, manager);
      const state = stateFrom(rows, calendar);
      if (state.status !== RequestStatus.AWAITING_FEE || state.feeDueDate !== null) return;
      const event: RequestEvent = { type: 'fee_notice_received', date: today, receivedDate: today, channel: 'online' };
      await this.append(request, rows, event, {}, residentActor(resident), manager, calendar, this.applyOrRefuse(state, event, calendar));
    });
    return this.getMine(resident, id);
  }

  private async residentEvent(
    resident: ResidentPrincipal,
    id: number,
    event: RequestEvent,
    details: Record<string, unknown>,
    alsoInTransaction?: (manager: Transaction) => Promise<void>,
  ): Promise<void> {
    const calendar = await this.calendarService.getCalendar();
    await this.repository.transaction(async (manager) => {
      const request = await this.repository.findForUpdate(id, manager);
      if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
      const rows = await this.repository.events(request.id, manager);
      const next = this.applyOrRefuse(stateFrom(rows, calendar), event, calendar);
      await this.append(request, rows, event, details, residentActor(resident), manager, calendar, next);
      await alsoInTransaction?.(manager);
    });
  }

  /**
   * Closes the waits the law lets lapse: no 补正 by its date → deemed abandoned (Art. 30); no answer to a
   * consultation in 15 working days → the clock runs again (Art. 32/34); no fee paid in time → abandoned (109号).
   * Each case in its own transaction, so one bad case cannot hold back the others.
   */
  async expireLapsed(): Promise<number> {
    const calendar = await this.calendarService.getCalendar();
    const today = this.today();
    let expired = 0;
    for (const id of await this.repository.pausedRequestIds()) {
      await this.repository.transaction(async (manager) => {
        const request = await this.repository.findForUpdate(id, manager);
        if (!request) return;
        const rows = await this.repository.events(id, manager);
        const state = stateFrom(rows, calendar);
        const event = lapsedEvent(state, today);
        if (!event) return;
        const next = applyRequestEvent(state, event, calendar);
        await this.append(request, rows, event, { automatic: true }, SYSTEM_ACTOR, manager, calendar, next);
        await this.audit.record(
          SYSTEM_ACTOR,
          { action: `disclosure.${event.type}`, targetType: 'disclosure_request', targetId: request.id, detail: request.trackingNumber ?? '' },
          manager,
        );
        expired += 1;
      });
    }
    return expired;
  }

  async queue(staff: StaffPrincipal, query: DisclosureQueueQuery): Promise<Page<DisclosureRequestSummary>> {
    this.assertCaseWorker(staff);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const today = this.today();
    const queue = query.queue ?? 'all';
    const office = staff.roles.includes(StaffRole.OFFICE_HEAD);
    const unitId = office ? query.unitId : staff.unitId ?? -1;
    const filter = { agencyId: staff.agencyId, unitId, skip: (page - 1) * pageSize, take: pageSize };
    const calendar = await this.calendarService.getCalendar();
    let result: [DisclosureRequest[], number];
    if (queue === 'overdue') {
      result = await this.repository.queue({ ...filter, statuses: RUNNING, dueBefore: today });
    } else if (queue === 'due_soon') {
      const limit = safeAddWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS);
      result = await this.repository.queue({ ...filter, statuses: RUNNING, dueFrom: today, dueBefore: limit ?? '9999-12-31' });
    } else if (queue === 'extended') {
      result = await this.repository.queue({ ...filter, extended: true });
    } else {
      result = await this.repository.queue({ ...filter, statuses: QUEUE_STATUSES[queue] });
    }
    const unitNames = await this.repository.unitNames(staff.agencyId);
    const [rows, total] = result;
    return {
      items: rows.map((request) => toSummary(request, today, remainingOf(calendar, request, today), unitNames)),
      total,
      page,
      pageSize,
    };
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffRequestView> {
    const request = await this.findVisible(staff, id);
    const [calendar, rows, unitNames, hints, attachments] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.events(request.id),
      this.repository.unitNames(request.agencyId),
      this.hints(request),
      this.media.attachedTo(ATTACHED_TYPE, [request.id]),
    ]);
    const state = stateFrom(rows, calendar);
    const view = this.viewOf(request, rows, state, calendar, unitNames, attachments.get(request.id) ?? [], true);
    const suggestedUnits = state.status === RequestStatus.RECEIVED ? await this.suggestUnits(request, unitNames) : [];
    return {
      ...view,
      unitId: request.unitId,
      handlerName: handlerNameOf(state, rows),
      suggestedUnits,
      pendingExtension: state.pendingExtension,
      hints,
      allowedOutcomes: allowedOutcomes(state, this.today()),
      reasonsStage: state.reasons,
      allowedActions: allowedRequestActions(state, { staffId: staff.id, office: staff.roles.includes(StaffRole.OFFICE_HEAD), unitId: staff.unitId }, this.today()),
    };
  }

  /** The full ID number, phone, address and e-mail: the assigned unit and the office head only, every read audited. */
  async personalData(staff: StaffPrincipal, id: number, actor: Actor): Promise<PersonalData> {
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

  async attachmentForResident(resident: ResidentPrincipal, id: number, fileId: number): Promise<MediaFile> {
    const request = await this.repository.findById(id);
    if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
    return this.media.findAttached(ATTACHED_TYPE, id, fileId);
  }

  /** Identity proofs are personal data: the same people as the full personal data, every download audited. */
  async attachmentForStaff(staff: StaffPrincipal, id: number, fileId: number, actor: Actor): Promise<MediaFile> {
    const request = await this.findWithPersonalDataAccess(staff, id);
    const file = await this.media.findAttached(ATTACHED_TYPE, id, fileId);
    await this.audit.record(actor, {
      action: 'disclosure.attachment.read',
      targetType: 'disclosure_request',
      targetId: request.id,
      detail: `下载申请附件“${file.originalName}”（${request.trackingNumber}）`,
    });
    return file;
  }

  async perform(staff: StaffPrincipal, id: number, body: PerformDisclosureActionDto, actor: Actor): Promise<StaffRequestView> {
    this.assertCaseWorker(staff);
    if (OFFICE_ONLY_REQUEST_ACTIONS.includes(body.type)) this.assertOffice(staff);
    const calendar = await this.calendarService.getCalendar();
    const today = this.today();
    await this.repository.transaction(async (manager) => {
      const request = await this.repository.findForUpdate(id, manager);
      if (!request || request.agencyId !== staff.agencyId || !this.canSee(staff, request)) throw AppException.notFound('申请不存在');
      const rows = await this.repository.events(request.id, manager);
      const state = stateFrom(rows, calendar);
      const { event, details } = await this.eventFor(body, state, rows, staff, calendar, today, request);
      const next = this.applyOrRefuse(state, event, calendar);
      await this.append(request, rows, event, details, actor, manager, calendar, next);
      await this.audit.record(
        actor,
        { action: `disclosure.${body.type}`, targetType: 'disclosure_request', targetId: request.id, detail: request.trackingNumber ?? '' },
        manager,
      );
    });
    return this.getForStaff(staff, id);
  }

  private async eventFor(
    body: PerformDisclosureActionDto,
    state: RequestState,
    rows: DisclosureRequestEvent[],
    staff: StaffPrincipal,
    calendar: WorkingCalendar,
    today: string,
    request: DisclosureRequest,
  ): Promise<{ event: RequestEvent; details: Record<string, unknown> }> {
    const date = today;
    switch (body.type) {
      case 'register':
        if (body.receivedDate && body.receivedDate > today) throw AppException.invalid('receivedDate', '收到申请的日期不能晚于今天');
        return { event: { type: 'registered', date, receivedDate: body.receivedDate ?? today }, details: {} };
      case 'assign':
        await this.assertUnit(staff, body.unitId!, 'unitId');
        for (const unitId of body.assistUnitIds ?? []) await this.assertUnit(staff, unitId, 'assistUnitIds');
        return { event: { type: 'assigned', date, unitId: body.unitId!, assistUnitIds: body.assistUnitIds ?? [] }, details: {} };
      case 'claim':
        if (request.unitId === null || request.unitId !== staff.unitId) throw new AppException(ErrorCode.FORBIDDEN, '只能认领本科室承办的办件');
        return { event: { type: 'claimed', date, staffId: staff.id }, details: { staffName: staff.displayName } };
      case 'transfer':
        await this.assertUnit(staff, body.unitId!, 'unitId');
        return { event: { type: 'transferred', date, unitId: body.unitId!, reason: body.reason! }, details: { reason: body.reason } };
      case 'request-supplement':
        if (body.dueDate! <= today) throw AppException.invalid('dueDate', '补正期限应晚于今天');
        return { event: { type: 'supplement_requested', date, dueDate: body.dueDate!, items: body.items! }, details: { items: body.items } };
      case 'receive-supplement':
        return { event: { type: 'supplement_received', date: body.date ?? date }, details: { recordedBy: staff.displayName } };
      case 'expire-supplement':
        return { event: { type: 'supplement_expired', date }, details: {} };
      case 'consult':
        if (!safeAddWorkingDays(calendar, today, CONSULTATION_WORKING_DAYS)) throw calendarMissing(today);
        return { event: { type: 'consultation_sent', date, party: body.party! }, details: { partyName: body.partyName, question: body.question } };
      case 'record-consultation-receipt':
        return { event: { type: 'consultation_letter_received', date, receivedDate: body.date! }, details: {} };
      case 'record-consultation':
        return { event: { type: 'consultation_answered', date: body.date ?? date, consent: body.consent! }, details: { opinion: body.opinion } };
      case 'expire-consultation':
        return { event: { type: 'consultation_expired', date }, details: {} };
      case 'request-reasons': {
        // The period is stored with the event, so the notice and the letter state the same day the domain checks.
        const answerDueDate = body.dueDate ?? safeAddWorkingDays(calendar, today, MIN_REASONS_WORKING_DAYS);
        if (!answerDueDate) throw calendarMissing(today);
        return { event: { type: 'reasons_requested', date, answerDueDate }, details: { note: body.note } };
      }
      case 'judge-reasons':
        return { event: { type: 'reasons_judged', date, reasonable: body.reasonable! }, details: { note: body.note } };
      case 'set-deadline':
        return { event: { type: 'deadline_set', date, dueDate: body.dueDate!, reason: body.reason! }, details: { reason: body.reason } };
      case 'notify-fee': {
        if (state.feeNotified) refuseDisclosure(DisclosureRule.FEE_ONCE, '每件申请只能发出一次收费通知，本申请已经发出过');
        const amount = body.basis === 'pages' ? feeForPages(body.pages!) : await this.countFee(request);
        // 109号: free by default; a notice for nothing is refused rather than sent.
        if (amount <= 0) refuseDisclosure(DisclosureRule.FEE_NOT_POSITIVE, body.basis === 'pages' ? '30 页以下（含）不收费' : '本月收到的第 10 件以内的申请不收费');
        return { event: { type: 'fee_notified', date, amountYuan: amount }, details: { basis: body.basis, pages: body.pages ?? null } };
      }
      case 'record-fee-receipt':
        return { event: { type: 'fee_notice_received', date, receivedDate: body.date!, channel: 'post' }, details: { recordedBy: staff.displayName } };
      case 'record-payment':
        return { event: { type: 'fee_paid', date }, details: {} };
      case 'expire-fee':
        return { event: { type: 'fee_expired', date }, details: {} };
      case 'extend':
        return { event: { type: 'extension_requested', date, days: body.days!, reason: body.reason!, requestedBy: staff.id }, details: { reason: body.reason } };
      case 'approve-extension': {
        const pending = state.pendingExtension;
        const reason = pending ? pendingExtensionReason(rows) : null;
        return { event: { type: 'extension_approved', date, approvedBy: staff.id }, details: { days: pending?.days ?? null, reason } };
      }
      case 'reject-extension':
        return { event: { type: 'extension_rejected', date, rejectedBy: staff.id, reason: body.reason! }, details: { reason: body.reason } };
      case 'reply': {
        // Art. 36(5), 39: the letter must name the competent agency, the channel or the source.
        const referral = outcomeInfo(body.outcome as Outcome).referral;
        if (referral && !body.referral?.trim()) throw AppException.invalid('referral', REFERRAL_PROMPTS[referral]);
        if (referral === 'competent_agency' && !body.referralContact?.trim()) throw AppException.invalid('referralContact', '请填写负责公开的机关的联系方式（第三十六条第（五）项）');
        return {
          event: { type: 'replied', date, outcome: body.outcome as Outcome },
          details: { note: body.note ?? null, referral: referral ? body.referral!.trim() : null, referralContact: referral === 'competent_agency' ? body.referralContact!.trim() : null },
        };
      }
      case 'supplementary-reply':
        return { event: { type: 'supplementary_reply', date }, details: { note: body.note } };
      case 'withdraw':
        return { event: { type: 'withdrawn', date }, details: { note: body.note ?? null, recordedBy: staff.displayName } };
      case 'record-review':
        return { event: { type: 'review_recorded', date, kind: body.kind!, result: body.result! }, details: {} };
    }
  }

  /**
   * 109号 by count: this application's place among the applicant's applications received in its calendar month.
   * The receipt date (Art. 31), not the day a clerk typed a paper application in.
   */
  private async countFee(request: DisclosureRequest): Promise<number> {
    const nth = await this.repository.countReceivedInMonth(request.agencyId, request.applicantFingerprint, request.receivedDate!, request.id);
    return feeForNthApplication(Math.max(1, nth));
  }

  /** The domain decides; a LegalRefusal leaves as a 409 naming the rule and article (AllExceptionsFilter). */
  private applyOrRefuse(state: RequestState, event: RequestEvent, calendar: WorkingCalendar): RequestState {
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
  private async append(
    request: DisclosureRequest,
    rows: DisclosureRequestEvent[],
    event: RequestEvent,
    details: Record<string, unknown>,
    actor: Actor,
    manager: Transaction,
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
    await this.repository.appendEvent(row, manager);
    this.project(request, next, calendar, this.today());
    request.version += 1;
    request.updatedAt = this.clock.now();
    await this.repository.saveRequest(request, manager);
    await this.notify(request, event, row.seq, manager);
    return [...rows, { ...row, id: 0 }];
  }

  /** Tells the people who must know, through the outbox, in the event's own transaction. */
  private async notify(request: DisclosureRequest, event: RequestEvent, seq: number, manager: Transaction): Promise<void> {
    const link = residentPageOfRequest(request.id);
    // `hint` is the WeChat template's one short line: the date that matters, when there is one.
    const resident = (kind: string, title: string, body: string, hint?: string) =>
      request.residentId === null
        ? Promise.resolve()
        : this.notifications.enqueue(manager, {
            agencyId: request.agencyId,
            recipientType: 'resident',
            recipientId: request.residentId,
            kind,
            title,
            body,
            link,
            idempotencyKey: `disclosure:${request.id}:${seq}:resident`,
            subject: request.title,
            hint,
          });
    const staff = async (ids: number[], kind: string, title: string, body: string) => {
      for (const id of ids) {
        await this.notifications.enqueue(manager, {
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
    };
    const subject = `“${request.title}”（${request.trackingNumber}）`;
    switch (event.type) {
      case 'registered':
        return resident('disclosure.registered', '申请已受理', `您的申请${subject}已受理，我们最晚将在 ${request.dueDate} 前答复。`, request.dueDate ? `最晚${formatChinaDay(request.dueDate)}前答复` : undefined);
      case 'supplement_requested':
        return resident('disclosure.supplement', '请补正申请', `您的申请${subject}需要补正：${event.items}。请于 ${event.dueDate} 前补正。`, `请于${formatChinaDay(event.dueDate)}前补正`);
      case 'extension_approved':
        return resident('disclosure.extended', '答复期限已延长', `您的申请${subject}答复期限延长至 ${request.dueDate}。`, request.dueDate ? `答复期限延至${formatChinaDay(request.dueDate)}` : undefined);
      case 'fee_notified':
        return resident('disclosure.fee', '信息处理费缴纳通知', `您的申请${subject}需缴纳信息处理费 ${event.amountYuan} 元，请自收到通知之日起 20 个工作日内缴纳，详见《信息处理费缴纳通知书》。`);
      case 'consultation_sent':
        // Art. 32 (a third party) or Art. 34 (another agency); the time is not counted (Art. 33 ¶3).
        return resident(
          'disclosure.consultation',
          '正在征求意见',
          event.party === 'agency'
            ? `您的申请${subject}涉及其他机关，本机关正依照《政府信息公开条例》第三十四条征求其意见，所需时间不计入答复期限。`
            : `您的申请${subject}可能涉及第三方合法权益，本机关正依照《政府信息公开条例》第三十二条征求第三方意见，所需时间不计入答复期限。`,
        );
      case 'reasons_requested':
        return resident('disclosure.reasons', '请说明申请理由', `您的申请${subject}数量、频次明显超过合理范围，请于 ${event.answerDueDate} 前在“我的申请”中说明理由（第三十五条），详见《要求说明理由告知书》。`, event.answerDueDate ? `请于${formatChinaDay(event.answerDueDate)}前说明理由` : undefined);
      case 'reasons_given':
        return request.unitId === null
          ? undefined
          : staff(await this.repository.handlersOf(request.agencyId, request.unitId, manager), 'disclosure.reasons_given', '申请人已说明理由', `${subject}申请人已说明理由，请认定是否合理（第三十五条）。`);
      case 'deadline_set':
        return resident('disclosure.later_deadline', '答复期限已确定', `您的申请${subject}理由合理，本机关确定于 ${event.dueDate} 前答复（第三十五条），详见《延迟答复告知书》。`, `将于${formatChinaDay(event.dueDate)}前答复`);
      case 'supplement_expired':
        return resident('disclosure.abandoned', '申请已终止', `您的申请${subject}未在补正期限内补正，视为放弃申请（第三十条）。如仍需要该信息，可重新提出申请。`);
      case 'fee_expired':
        return resident('disclosure.abandoned', '申请已终止', `您的申请${subject}未在期限内缴纳信息处理费，视为放弃申请。如仍需要该信息，可重新提出申请。`);
      case 'consultation_expired':
        return request.unitId === null
          ? undefined
          : staff(await this.repository.handlersOf(request.agencyId, request.unitId, manager), 'disclosure.consultation_expired', '征求意见期限已届满', `${subject}征求意见逾期未获答复，答复期限恢复计算至 ${request.dueDate}，请依法决定是否公开（第三十二条）。`);
      case 'replied':
        return resident('disclosure.replied', '申请已答复', `您的申请${subject}已答复，请在“我的申请”中查看答复告知书。`);
      case 'assigned':
      case 'transferred':
        return staff(await this.repository.handlersOf(request.agencyId, event.unitId, manager), 'disclosure.assigned', '新的依申请公开办件', `${subject}已分至本科室办理，答复期限 ${request.dueDate ?? '待定'}。`);
      case 'extension_requested':
        return staff(await this.repository.officeHeads(request.agencyId, manager), 'disclosure.extension_requested', '延期申请待审批', `${subject}申请延长 ${event.days} 个工作日：${event.reason}`);
      default:
        return;
    }
  }

  /** Writes the derived state into the row's query columns. */
  private project(request: DisclosureRequest, state: RequestState, calendar: WorkingCalendar, today: string): void {
    request.status = state.status;
    request.unitId = state.unitId;
    request.receivedDate = state.receivedDate;
    request.closedDate = state.closedDate;
    request.outcome = state.outcome;
    request.extended = state.extensionDays > 0;
    request.dueDate = safeDeadline(state, calendar, today)?.dueDate ?? null;
    request.sortDueDate = request.dueDate ?? NO_DUE_DATE;
  }

  private async view(request: DisclosureRequest, forStaff: boolean): Promise<DisclosureRequestView> {
    const [calendar, rows, unitNames, attachments] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.events(request.id),
      this.repository.unitNames(request.agencyId),
      this.media.attachedTo(ATTACHED_TYPE, [request.id]),
    ]);
    return this.viewOf(request, rows, stateFrom(rows, calendar), calendar, unitNames, attachments.get(request.id) ?? [], forStaff);
  }

  private viewOf(
    request: DisclosureRequest,
    rows: DisclosureRequestEvent[],
    state: RequestState,
    calendar: WorkingCalendar,
    unitNames: Map<number, string>,
    attachments: MediaFileView[],
    forStaff: boolean,
  ): DisclosureRequestView {
    let deadline: Deadline | null = null;
    let problem: string | null = null;
    try {
      deadline = deadlineOf(state, calendar, this.today());
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
      problem = `工作日历尚未录入 ${error.year} 年节假日安排，暂无法计算答复期限`;
    }
    return toRequestView(request, state, deadline, explainDeadline(state, deadline, problem), toEventViews(rows, unitNames, forStaff), unitNames, attachments, this.today());
  }

  async lettersForResident(resident: ResidentPrincipal, id: number): Promise<DisclosureLetter[]> {
    const request = await this.repository.findById(id);
    if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
    // The 征求意见函 is the agency's letter to the third party, not the applicant's.
    return (await this.letters(request)).filter((letter) => letter.kind !== 'consultation');
  }

  async lettersForStaff(staff: StaffPrincipal, id: number): Promise<DisclosureLetter[]> {
    return this.letters(await this.findVisible(staff, id));
  }

  /** The letters the case has produced so far, from its events, in the agency's wording where it has its own. */
  private async letters(request: DisclosureRequest): Promise<DisclosureLetter[]> {
    const [calendar, rows, agency, wordings] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.events(request.id),
      this.repository.agency(request.agencyId),
      this.letterTemplates.wordingsOf(request.agencyId),
    ]);
    const state = stateFrom(rows, calendar);
    if (!state.receivedDate) return [];
    const base = {
      agencyName: agency?.name ?? '',
      reviewBody: agency?.reviewBody ?? '本级人民政府',
      trackingNumber: request.trackingNumber ?? '',
      applicantName: request.applicantName,
      requestTitle: request.title,
      receivedDate: state.receivedDate,
    };
    const letters: DisclosureLetter[] = [];
    let clockStart = state.receivedDate;
    for (const row of rows) {
      const { event, details } = parsePayload(row);
      if (event.type === 'supplement_requested') {
        letters.push(this.letter('supplement', { ...base, issuedDate: event.date, supplementItems: event.items, supplementDueDate: event.dueDate }, wordings));
      } else if (event.type === 'consultation_sent') {
        letters.push(
          this.letter(
            'consultation',
            {
              ...base,
              issuedDate: event.date,
              consultedParty: event.party,
              consultedName: String(details.partyName ?? ''),
              consultationQuestion: String(details.question ?? ''),
              consultationDueDate: event.dueDate ?? safeAddWorkingDays(calendar, event.date, CONSULTATION_WORKING_DAYS) ?? event.date,
            },
            wordings,
          ),
        );
      } else if (event.type === 'fee_notified') {
        const basis = details.basis === 'pages' ? `按页计收，共 ${String(details.pages)} 页` : '按件计收，本月申请数量超过 10 件';
        letters.push(this.letter('fee', { ...base, receivedDate: clockStart, issuedDate: event.date, feeYuan: event.amountYuan, feeBasis: basis }, wordings));
      } else if (event.type === 'supplement_received') {
        clockStart = event.date;
      } else if (event.type === 'extension_approved') {
        const partial = stateFrom(rows.slice(0, rows.indexOf(row) + 1), calendar);
        const newDueDate = safeDeadline(partial, calendar, event.date)?.dueDate ?? null;
        letters.push(
          this.letter('extension', {
            ...base,
            receivedDate: clockStart,
            issuedDate: event.date,
            extensionDays: Number(details.days ?? partial.extensionDays),
            extensionReason: String(details.reason ?? ''),
            newDueDate: newDueDate ?? event.date,
          }, wordings),
        );
      } else if (event.type === 'replied') {
        letters.push(
          this.letter(
            'reply',
            {
              ...base,
              issuedDate: event.date,
              outcome: event.outcome,
              note: (details.note as string | null) ?? null,
              referral: (details.referral as string | null) ?? null,
              referralContact: (details.referralContact as string | null) ?? null,
            },
            wordings,
          ),
        );
      } else if (event.type === 'reasons_requested') {
        const reasonsDueDate = stateFrom(rows.slice(0, rows.indexOf(row) + 1), calendar).reasonsAnswerDueDate ?? event.date;
        letters.push(this.letter('reasons', { ...base, issuedDate: event.date, reasonsDueDate, note: (details.note as string | null) ?? null }, wordings));
      } else if (event.type === 'deadline_set') {
        letters.push(this.letter('later_deadline', { ...base, issuedDate: event.date, laterDueDate: event.dueDate, laterDeadlineReason: event.reason }, wordings));
      }
    }
    return letters;
  }

  private letter(kind: DisclosureLetterKind, facts: LetterFacts, wordings: Map<string, LetterWording>): DisclosureLetter {
    const key = kind === 'reply' ? `reply:${facts.outcome}` : kind;
    return { kind, ...composeLetter(kind, facts, wordings.get(key)) };
  }

  /**
   * Units that answered requests like this one, by character-bigram overlap of title and description (Chinese has
   * no spaces; bigrams need no dictionary and catch "技术改造"/"技改专项" alike). The office head confirms.
   */
  private async suggestUnits(request: DisclosureRequest, unitNames: Map<number, string>): Promise<UnitSuggestion[]> {
    const past = await this.repository.recentAssigned(request.agencyId, request.id, SIMILAR_CANDIDATES);
    const target = bigrams(`${request.title}${request.description}`);
    const scored = past
      .map((other) => ({ other, score: jaccard(target, bigrams(`${other.title}${other.description}`)) }))
      .filter(({ score }) => score >= SIMILARITY_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
    const byUnit = new Map<number, { score: number; numbers: string[] }>();
    for (const { other, score } of scored) {
      const entry = byUnit.get(other.unitId!) ?? { score: 0, numbers: [] };
      entry.score += score;
      entry.numbers.push(other.trackingNumber ?? String(other.id));
      byUnit.set(other.unitId!, entry);
    }
    return [...byUnit.entries()]
      .filter(([unitId]) => unitNames.has(unitId))
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, 3)
      .map(([unitId, { numbers }]) => ({
        unitId,
        unitName: unitNames.get(unitId)!,
        reason: `与 ${numbers.slice(0, 2).join('、')}${numbers.length > 2 ? ` 等 ${numbers.length} 件` : ''}相似申请由该科室办理`,
      }));
  }

  private async hints(request: DisclosureRequest): Promise<string[]> {
    const others = await this.repository.sameApplicant(request.agencyId, request.applicantFingerprint, request.id);
    const hints: string[] = [];
    const normalise = (text: string) => text.replace(/[\s，。、“”《》()（）]/g, '');
    const same = others.filter((other) => normalise(other.title) === normalise(request.title) && other.submittedAt <= request.submittedAt);
    if (same.length) {
      hints.push(`疑似重复申请：该申请人此前已申请相同信息（${same.map((other) => other.trackingNumber).join('、')}）`);
    }
    const month = chinaDateOf(request.submittedAt).slice(0, 7);
    const thisMonth = others.filter((other) => chinaDateOf(other.submittedAt).slice(0, 7) === month).length + 1;
    if (thisMonth > 10) {
      hints.push(`该申请人本月已提出 ${thisMonth} 件申请，可按第三十五条要求说明理由，或按 109 号文件按件计收信息处理费`);
    }
    return hints;
  }

  private async findVisible(staff: StaffPrincipal, id: number): Promise<DisclosureRequest> {
    this.assertCaseWorker(staff);
    const request = await this.repository.findById(id);
    if (!request || request.agencyId !== staff.agencyId || !this.canSee(staff, request)) throw AppException.notFound('申请不存在');
    return request;
  }

  /** Personal data (and identity proofs): the assigned unit and the office head only, not every unit that can see the case. */
  private async findWithPersonalDataAccess(staff: StaffPrincipal, id: number): Promise<DisclosureRequest> {
    const request = await this.findVisible(staff, id);
    if (!staff.roles.includes(StaffRole.OFFICE_HEAD) && request.unitId !== staff.unitId) throw new AppException(ErrorCode.FORBIDDEN);
    return request;
  }

  private canSee(staff: StaffPrincipal, request: DisclosureRequest): boolean {
    return staff.roles.includes(StaffRole.OFFICE_HEAD) || (request.unitId !== null && request.unitId === staff.unitId);
  }

  private assertCaseWorker(staff: StaffPrincipal): void {
    if (!staff.roles.includes(StaffRole.OFFICE_HEAD) && !staff.roles.includes(StaffRole.HANDLER)) {
      throw new AppException(ErrorCode.FORBIDDEN, '只有公开办负责人和承办人可以办理依申请公开');
    }
  }

  private assertOffice(staff: StaffPrincipal): void {
    if (!staff.roles.includes(StaffRole.OFFICE_HEAD)) throw new AppException(ErrorCode.FORBIDDEN, '此操作须由公开办负责人进行');
  }

  private async assertUnit(staff: StaffPrincipal, unitId: number, field: string): Promise<void> {
    const unit = await this.repository.findUnit(staff.agencyId, unitId);
    if (!unit || !unit.active) throw AppException.invalid(field, '科室不存在或已停用');
  }
}

function stateFrom(rows: DisclosureRequestEvent[], calendar: WorkingCalendar): RequestState {
  return deriveRequestState(rows.map((row) => parsePayload(row).event), calendar);
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

const REFERRAL_PROMPTS = {
  channel: '请写明可以提出信访、投诉、举报的渠道（第三十九条第一款）',
  source: '请写明获取该公开出版物的途径（第三十九条第二款）',
  competent_agency: '请写明负责公开该信息的机关（第三十六条第（五）项）',
} as const;

const SIMILAR_CANDIDATES = 500;
const SIMILARITY_THRESHOLD = 0.2;

function handlerNameOf(state: RequestState, rows: DisclosureRequestEvent[]): string | null {
  if (state.handlerId === null) return null;
  const claim = [...rows].reverse().find((row) => row.type === 'claimed');
  return claim ? String(parsePayload(claim).details.staffName ?? '') : null;
}

function pendingExtensionReason(rows: DisclosureRequestEvent[]): string | null {
  const last = [...rows].reverse().find((row) => row.type === 'extension_requested');
  return last ? String(parsePayload(last).details.reason ?? '') : null;
}

function residentActor(resident: ResidentPrincipal): Actor {
  return { type: 'resident', id: resident.id, name: null, ip: null, userAgent: null };
}

function safeAddWorkingDays(calendar: WorkingCalendar, from: string, days: number): string | null {
  try {
    return addWorkingDays(calendar, from, days);
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

function safeDeadline(state: RequestState, calendar: WorkingCalendar, today: string): Deadline | null {
  try {
    return deadlineOf(state, calendar, today);
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

function remainingOf(calendar: WorkingCalendar, request: DisclosureRequest, today: string): number | null {
  if (!request.dueDate || !RUNNING.includes(request.status)) return null;
  try {
    return request.dueDate >= today ? countWorkingDays(calendar, today, request.dueDate) : -countWorkingDays(calendar, request.dueDate, today);
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

function calendarMissing(date: string): AppException {
  return new AppException(ErrorCode.CALENDAR_YEAR_MISSING, `工作日历缺少 ${date.slice(0, 4)} 年或次年的节假日安排，无法计算期限`);
}
