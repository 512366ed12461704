import { Injectable } from '@nestjs/common';
import { maskIdNumber, maskPhone, RequestEvent } from '@govopen/domain';
import { Actor, ResidentPrincipal, residentActor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { MediaService } from '../media/media.service';
import { assertOfficeHead } from './disclosure-access';
import { DISCLOSURE_ATTACHED_TYPE } from './disclosure-case-reader';
import { DisclosureCaseStore, NO_DUE_DATE } from './disclosure-case-store';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { CreateDisclosureRequestDto, CreateDisclosureRequestOnBehalfDto } from './dto/create-disclosure-request.dto';

/** Art. 29–31: a request comes in online from the applicant, or on paper, by post or fax, entered by the office. */
@Injectable()
export class DisclosureIntakeService {
  constructor(
    private readonly clock: Clock,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: DisclosureRequestRepository,
    private readonly store: DisclosureCaseStore,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly media: MediaService,
  ) {}

  /** Answers the request's id. */
  async create(resident: ResidentPrincipal, body: CreateDisclosureRequestDto): Promise<number> {
    const calendar = await this.calendarService.getCalendar();
    return this.repository.transaction(async (tx) => {
      // A retried submit (phones retry) finds the first request and returns it: never two requests.
      const existing = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey, tx);
      if (existing) return existing.id;
      const request = await this.insert(body, { residentId: resident.id, channel: 'online' }, tx);
      await this.media.claim(tx, body.attachmentIds, { type: 'resident', id: resident.id }, DISCLOSURE_ATTACHED_TYPE, request.id, 'attachmentIds');
      await this.store.append(request, [], { type: 'submitted', date: this.store.today(), channel: 'online' }, {}, residentActor(resident), tx, calendar);
      return request.id;
    });
  }

  /** A paper, mailed or faxed application typed in by the office; answers the request's id. */
  async createOnBehalf(staff: StaffPrincipal, body: CreateDisclosureRequestOnBehalfDto, actor: Actor): Promise<number> {
    assertOfficeHead(staff);
    const today = this.store.today();
    if (body.receivedDate > today) throw AppException.invalid('receivedDate', '收到申请的日期不能晚于今天');
    const calendar = await this.calendarService.getCalendar();
    return this.repository.transaction(async (tx) => {
      const request = await this.insert(body, { residentId: null, channel: body.channel, agencyId: staff.agencyId }, tx);
      await this.media.claim(tx, body.attachmentIds, { type: 'staff', id: staff.id }, DISCLOSURE_ATTACHED_TYPE, request.id, 'attachmentIds');
      // Art. 31: in person → the day submitted; mail → the day signed for; fax → the day confirmed.
      const events: RequestEvent[] =
        body.channel === 'in_person'
          ? [{ type: 'submitted', date: body.receivedDate, channel: 'in_person' }]
          : [
              { type: 'submitted', date: body.receivedDate, channel: body.channel },
              { type: 'registered', date: today, receivedDate: body.receivedDate },
            ];
      let rows: DisclosureRequestEvent[] = [];
      for (const event of events) rows = await this.store.append(request, rows, event, { enteredBy: staff.displayName }, actor, tx, calendar);
      await this.audit.record(actor, { action: 'disclosure.create_on_behalf', targetType: 'disclosure_request', targetId: request.id, detail: request.trackingNumber ?? '' }, tx);
      return request.id;
    });
  }

  private async insert(
    body: CreateDisclosureRequestDto,
    origin: { residentId: number | null; channel: DisclosureRequest['channel']; agencyId?: number },
    tx: Transaction,
  ): Promise<DisclosureRequest> {
    const { applicant } = body;
    const idNumber = applicant.type === 'citizen' ? applicant.idNumber!.trim().toUpperCase() : null;
    const creditCode = applicant.type === 'organization' ? applicant.creditCode!.trim().toUpperCase() : null;
    const now = this.clock.now();
    const request = await this.repository.insertRequest(
      {
        trackingNumber: null,
        agencyId: origin.agencyId ?? (await this.servingAgency(tx)),
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
        reportColumn: null,
        reportLeaf: null,
        extended: false,
        submittedAt: now,
        updatedAt: now,
        version: 1,
      },
      tx,
    );
    // 受理编号: YSQ + China date of submission + the row id, unique and readable on the phone.
    request.trackingNumber = `YSQ${this.store.today().replaceAll('-', '')}${String(request.id).padStart(5, '0')}`;
    await this.repository.saveRequest(request, tx);
    return request;
  }

  private async servingAgency(tx: Transaction): Promise<number> {
    const agencyId = await this.repository.servingAgencyId(tx);
    if (agencyId === null) throw new AppException(ErrorCode.INTERNAL);
    return agencyId;
  }
}
