import { Injectable } from '@nestjs/common';
import { DisclosureLetter, DisclosureRequestView } from '@govopen/contracts';
import { RequestEvent, RequestStatus } from '@govopen/domain';
import { ResidentPrincipal, residentActor } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Transaction } from '../../database/unit-of-work/transaction';
import { CalendarService } from '../calendar/calendar.service';
import { MediaFile } from '../media/media-file.entity';
import { MediaService } from '../media/media.service';
import { DISCLOSURE_ATTACHED_TYPE, DisclosureCaseReader } from './disclosure-case-reader';
import { DisclosureCaseStore, stateFrom } from './disclosure-case-store';
import { DisclosureRequest } from './disclosure-request.entity';
import { DisclosureRequestRepository } from './disclosure-request.repository';

/** The applicant's side of a case: only their own requests, and only what the law lets them do. */
@Injectable()
export class DisclosureResidentService {
  constructor(
    private readonly repository: DisclosureRequestRepository,
    private readonly store: DisclosureCaseStore,
    private readonly reader: DisclosureCaseReader,
    private readonly calendarService: CalendarService,
    private readonly media: MediaService,
  ) {}

  async listMine(resident: ResidentPrincipal): Promise<DisclosureRequestView[]> {
    const cases = await this.reader.loadAll(await this.repository.listMine(resident.id));
    return cases.map((loaded) => this.reader.viewOf(loaded, false));
  }

  async getMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequestView> {
    return this.reader.viewOf(await this.reader.load(await this.findMine(resident, id)), false);
  }

  async withdrawMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequestView> {
    await this.residentEvent(resident, id, { type: 'withdrawn', date: this.store.today() }, {});
    return this.getMine(resident, id);
  }

  async supplementMine(resident: ResidentPrincipal, id: number, content: string, attachmentIds?: number[]): Promise<DisclosureRequestView> {
    await this.residentEvent(resident, id, { type: 'supplement_received', date: this.store.today() }, { content }, (tx) =>
      this.media.claim(tx, attachmentIds, { type: 'resident', id: resident.id }, DISCLOSURE_ATTACHED_TYPE, id, 'attachmentIds'),
    );
    return this.getMine(resident, id);
  }

  /** Art. 35: the applicant's reasons, within the period the agency gave; the office decides on them. */
  async giveReasonsMine(resident: ResidentPrincipal, id: number, content: string): Promise<DisclosureRequestView> {
    await this.residentEvent(resident, id, { type: 'reasons_given', date: this.store.today() }, { content });
    return this.getMine(resident, id);
  }

  /**
   * The app showed the applicant an unpaid fee notice: online, that day is its receipt and the 20 working days to pay
   * run from it (109号 Art. 7). Only the first showing counts; later ones change nothing.
   */
  async acknowledgeFeeNoticeMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequestView> {
    const today = this.store.today();
    const calendar = await this.calendarService.getCalendar();
    await this.repository.transaction(async (tx) => {
      const request = await this.findMineForUpdate(resident, id, tx);
      const rows = await this.repository.events(request.id, tx);
      const state = stateFrom(rows, calendar);
      if (state.status !== RequestStatus.AWAITING_FEE || state.feeDueDate !== null) return;
      const event: RequestEvent = { type: 'fee_notice_received', date: today, receivedDate: today, channel: 'online' };
      await this.store.append(request, rows, event, {}, residentActor(resident), tx, calendar, this.store.applyOrRefuse(state, event, calendar));
    });
    return this.getMine(resident, id);
  }

  async attachmentForResident(resident: ResidentPrincipal, id: number, fileId: number): Promise<MediaFile> {
    await this.findMine(resident, id);
    return this.media.findAttached(DISCLOSURE_ATTACHED_TYPE, id, fileId);
  }

  async lettersForResident(resident: ResidentPrincipal, id: number): Promise<DisclosureLetter[]> {
    // The 征求意见函 is the agency's letter to the third party, not the applicant's.
    return (await this.reader.letters(await this.findMine(resident, id))).filter((letter) => letter.kind !== 'consultation');
  }

  private async residentEvent(
    resident: ResidentPrincipal,
    id: number,
    event: RequestEvent,
    details: Record<string, unknown>,
    alsoInTransaction?: (tx: Transaction) => Promise<void>,
  ): Promise<void> {
    const calendar = await this.calendarService.getCalendar();
    await this.repository.transaction(async (tx) => {
      const request = await this.findMineForUpdate(resident, id, tx);
      const rows = await this.repository.events(request.id, tx);
      const next = this.store.applyOrRefuse(stateFrom(rows, calendar), event, calendar);
      await this.store.append(request, rows, event, details, residentActor(resident), tx, calendar, next);
      await alsoInTransaction?.(tx);
    });
  }

  /** Another resident's request answers exactly like one that does not exist. */
  private async findMine(resident: ResidentPrincipal, id: number): Promise<DisclosureRequest> {
    const request = await this.repository.findById(id);
    if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
    return request;
  }

  private async findMineForUpdate(resident: ResidentPrincipal, id: number, tx: Transaction): Promise<DisclosureRequest> {
    const request = await this.repository.findForUpdate(id, tx);
    if (!request || request.residentId !== resident.id) throw AppException.notFound('申请不存在');
    return request;
  }
}
