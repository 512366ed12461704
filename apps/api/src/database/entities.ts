import { AuditLog } from '../modules/audit/audit-log.entity';
import { Resident } from '../modules/auth/resident.entity';
import { CalendarDay } from '../modules/calendar/calendar-day.entity';
import { CalendarYear } from '../modules/calendar/calendar-year.entity';
import { DisclosureRequestEvent } from '../modules/disclosure-request/disclosure-request-event.entity';
import { DisclosureRequest } from '../modules/disclosure-request/disclosure-request.entity';
import { CatalogNode, CatalogNodeUnit } from '../modules/catalog/catalog-node.entity';
import { LetterTemplate } from '../modules/disclosure-request/letter-template.entity';
import { MediaFile } from '../modules/media/media-file.entity';
import { Interpretation } from '../modules/interpretation/interpretation.entity';
import { PolicyDocument } from '../modules/policy/policy-document.entity';
import { ContentReviewEvent } from '../modules/publishing/content-review-event.entity';
import { Notification } from '../modules/notification/notification.entity';
import { Agency } from '../modules/organization/agency.entity';
import { StaffUser } from '../modules/organization/staff-user.entity';
import { Unit } from '../modules/organization/unit.entity';

export const ENTITIES = [Agency, Unit, StaffUser, Resident, CalendarYear, CalendarDay, AuditLog, DisclosureRequest, DisclosureRequestEvent, Notification, MediaFile, LetterTemplate, CatalogNode, CatalogNodeUnit, PolicyDocument, Interpretation, ContentReviewEvent];
