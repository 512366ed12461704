import { Foundation1763800000000 } from './1763800000000-foundation';
import { DisclosureRequests1763900000000 } from './1763900000000-disclosure-requests';
import { Notifications1764000000000 } from './1764000000000-notifications';
import { Media1764100000000 } from './1764100000000-media';
import { LetterTemplates1764200000000 } from './1764200000000-letter-templates';
import { Catalog1764300000000 } from './1764300000000-catalog';
import { Policies1764400000000 } from './1764400000000-policies';
import { Messages1764500000000 } from './1764500000000-messages';
import { MessageReplyLimit1764610000000 } from './1764610000000-message-reply-limit';
import { ConsultationDecisionDate1764620000000 } from './1764620000000-consultation-decision-date';
import { SignInSecurity1764700000000 } from './1764700000000-sign-in-security';
import { AppendOnlyEvents1764800000000 } from './1764800000000-append-only-events';
import { NoticeDelivery1764900000000 } from './1764900000000-notice-delivery';
import { Enterprises1765000000000 } from './1765000000000-enterprises';
import { AnnualReports1765100000000 } from './1765100000000-annual-reports';
import { KeyTasks1765300000001 } from './1765300000001-key-tasks';
import { DisclosureGuide1765500000000 } from './1765500000000-disclosure-guide';
import { ImportedAnnualReports1765600000000 } from './1765600000000-imported-annual-reports';

/** Every migration, in order. Listed explicitly so the bundle needs no file globbing at run time. */
export const MIGRATIONS = [
  Foundation1763800000000,
  DisclosureRequests1763900000000,
  Notifications1764000000000,
  Media1764100000000,
  LetterTemplates1764200000000,
  Catalog1764300000000,
  Policies1764400000000,
  Messages1764500000000,
  MessageReplyLimit1764610000000,
  ConsultationDecisionDate1764620000000,
  SignInSecurity1764700000000,
  AppendOnlyEvents1764800000000,
  NoticeDelivery1764900000000,
  Enterprises1765000000000,
  AnnualReports1765100000000,
  KeyTasks1765300000001,
  DisclosureGuide1765500000000,
  ImportedAnnualReports1765600000000,
];
