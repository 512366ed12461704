import type { MessageEscalation } from './message';

/*
 * What a background job did when staff ran it by hand (the timers run the same jobs). One file for all of them so
 * each job's answer is a contract type, not a service's internal interface.
 */

/** 依申请公开 reminders and expired waits (补正, consultation, fee). */
export interface DisclosureReminderRun {
  /** The day the scan counted from (YYYY-MM-DD, China time). */
  today: string;
  reminders: number;
  /** Waits closed because their time ran out. */
  expired: number;
}

/** 网民留言 escalation notices, and how many messages stand at each level. */
export interface MessageEscalationRun {
  notices: number;
  counts: Record<MessageEscalation, number>;
}

/** 意见征集 reminders to publish the 采纳情况. */
export interface ConsultationReminderRun {
  notices: number;
}

/** Scheduled documents and interpretations published because their time came. */
export interface ScheduledPublishingRun {
  published: number;
}

/** One batch of re-encryption of personal data under the active key. */
export interface PersonalDataReencryptionRun {
  /** Values re-encrypted under the active key in this run. */
  reencrypted: number;
  /** Rows still holding a value under another key (0 when the old keys can be removed). */
  remaining: number;
}
