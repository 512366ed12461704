import { Injectable } from '@nestjs/common';
import { DisclosureLetter, DisclosureRequestView, MediaFileView } from '@govopen/contracts';
import { CalendarYearMissingError, chinaDateOf, Deadline, deadlineOf, lettersOfCase, RequestState, WorkingCalendar } from '@govopen/domain';
import { Clock } from '../../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { StaffDirectoryRepository } from '../organization/staff-directory.repository';
import { MediaService } from '../media/media.service';
import { stateFrom } from './disclosure-case-store';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';
import { explainDeadline, parsePayload, toEventViews, toRequestView } from './disclosure-request.mapper';
import { DisclosureRequestRepository } from './disclosure-request.repository';
import { LetterTemplateService } from './letter-template.service';

/** media_file.attached_type of a case's attachments. */
export const DISCLOSURE_ATTACHED_TYPE = 'disclosure_request';

/** A case loaded for reading: its history, the state derived from it and what a view names. */
export interface LoadedCase {
  request: DisclosureRequest;
  rows: DisclosureRequestEvent[];
  state: RequestState;
  calendar: WorkingCalendar;
  unitNames: Map<number, string>;
  attachments: MediaFileView[];
}

/** Reads a case the way the applicant and staff see it: state from events, the deadline explained, the letters. */
@Injectable()
export class DisclosureCaseReader {
  constructor(
    private readonly clock: Clock,
    private readonly repository: DisclosureRequestRepository,
    private readonly calendarService: CalendarService,
    private readonly media: MediaService,
    private readonly letterTemplates: LetterTemplateService,
    private readonly staffDirectory: StaffDirectoryRepository,
  ) {}

  today(): string {
    return chinaDateOf(this.clock.now());
  }

  async load(request: DisclosureRequest): Promise<LoadedCase> {
    const [calendar, rows, unitNames, attachments] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.events(request.id),
      this.repository.unitNames(request.agencyId),
      this.media.attachedTo(DISCLOSURE_ATTACHED_TYPE, [request.id]),
    ]);
    return { request, rows, state: stateFrom(rows, calendar), calendar, unitNames, attachments: attachments.get(request.id) ?? [] };
  }

  /** Many cases of one agency: one query for all the events and one for the unit names, whatever their number. */
  async loadAll(requests: DisclosureRequest[]): Promise<LoadedCase[]> {
    if (!requests.length) return [];
    const ids = requests.map((request) => request.id);
    const [calendar, events, unitNames, attachments] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.eventsOf(ids),
      this.repository.unitNames(requests[0].agencyId),
      this.media.attachedTo(DISCLOSURE_ATTACHED_TYPE, ids),
    ]);
    return requests.map((request) => {
      const rows = events.get(request.id) ?? [];
      return { request, rows, state: stateFrom(rows, calendar), calendar, unitNames, attachments: attachments.get(request.id) ?? [] };
    });
  }

  /** The case as staff read it: the history names the staff who acted. */
  async staffViewOf(loaded: LoadedCase): Promise<DisclosureRequestView> {
    const staffNames = await this.staffDirectory.displayNames(loaded.rows.filter((row) => row.actorType === 'staff').map((row) => row.actorId));
    return this.viewOf(loaded, true, staffNames);
  }

  viewOf(loaded: LoadedCase, forStaff: boolean, staffNames?: Map<number, string>): DisclosureRequestView {
    const { request, rows, state, calendar, unitNames, attachments } = loaded;
    const today = this.today();
    let deadline: Deadline | null = null;
    let problem: string | null = null;
    try {
      deadline = deadlineOf(state, calendar, today);
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
      problem = `工作日历尚未录入 ${error.year} 年节假日安排，暂无法计算答复期限`;
    }
    return toRequestView(request, state, deadline, explainDeadline(state, deadline, problem), toEventViews(rows, unitNames, forStaff, staffNames), unitNames, attachments, today);
  }

  /** The letters the case has produced so far, from its events, in the agency's wording where it has its own. */
  async letters(request: DisclosureRequest): Promise<DisclosureLetter[]> {
    const [calendar, rows, agency, wordings] = await Promise.all([
      this.calendarService.getCalendar(),
      this.repository.events(request.id),
      this.repository.agency(request.agencyId),
      this.letterTemplates.wordingsOf(request.agencyId),
    ]);
    const base = {
      agencyName: agency?.name ?? '',
      reviewBody: agency?.reviewBody ?? '本级人民政府',
      trackingNumber: request.trackingNumber ?? '',
      applicantName: request.applicantName,
      requestTitle: request.title,
    };
    return lettersOfCase(rows.map(parsePayload), base, calendar, wordings);
  }
}
