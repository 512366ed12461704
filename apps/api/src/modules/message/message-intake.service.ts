import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { MessageView } from '@govopen/contracts';
import { maskPhone } from '@govopen/domain';
import { ResidentPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { isUniqueViolation } from '../../common/unique-violation';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CalendarService } from '../calendar/calendar.service';
import { MediaService } from '../media/media.service';
import { ContentScreeningService } from './content-screening.service';
import { CreateMessageDto } from './dto/create-message.dto';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { messageEventRow, writerActor } from './message-event-row';
import { MESSAGE_ATTACHED_TYPE, MessageViewsService } from './message-views.service';
import { acceptMessage, NO_DUE_DATE, setDueDate } from './message-workflow';
import { Message } from './message.entity';
import { MessageRepository } from './message.repository';

/** msgSecCheck scene 3: 论坛 (a public board). */
const BOARD_SCENE = 3;

/**
 * A resident's message from submission to 受理: the idempotent, rate-limited post, the text and image checks that hold
 * it for a moderator, and the reply clock that starts when it passes (and follows later calendar edits).
 */
@Injectable()
export class MessageIntakeService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: MessageRepository,
    private readonly calendarService: CalendarService,
    private readonly boardSettings: MessageBoardSettingsService,
    private readonly views: MessageViewsService,
    private readonly media: MediaService,
    private readonly screening: ContentScreeningService,
  ) {}

  onModuleInit(): void {
    // A changed calendar moves the due date of every message whose clock runs, in the same transaction as the change
    // (DOMAIN §1); a message received while the year was missing gets its due date now.
    this.calendarService.onCalendarChanged(async (calendar, tx) => {
      for (const message of await this.repository.runningClocks(tx)) {
        const before = message.dueDate;
        setDueDate(message, calendar);
        if (message.dueDate !== before) await this.repository.saveDueDate(message, tx);
      }
    });
  }

  async create(resident: ResidentPrincipal, body: CreateMessageDto): Promise<MessageView> {
    const repeated = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey);
    if (repeated) return this.views.writerView(repeated);
    const title = body.title.trim();
    const text = body.body.trim();
    // WeChat is asked before the transaction: a slow answer must not hold row locks.
    const verdict = await this.screening.screenText(resident.openid, { title, body: text }, BOARD_SCENE);
    const needsImageCheck = Boolean(body.imageIds?.length) && this.screening.wechatApplies(resident.openid);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    let message: Message;
    try {
      message = await this.repository.transaction(async (tx) => {
        await this.repository.lockResident(resident.id, tx);
        const twin = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey, tx);
        if (twin) return twin;
        const now = this.clock.now();
        const posted = await this.repository.countPostedSince(resident.id, new Date(now.getTime() - 3_600_000), tx);
        if (posted >= this.config.messagePostsPerHour) {
          throw new AppException(ErrorCode.RATE_LIMITED, `留言过于频繁：每小时最多提交 ${this.config.messagePostsPerHour} 条，请稍后再试`);
        }
        const phone = body.phone?.trim().replace(/[\s-]/g, '') || null;
        const held = verdict.outcome !== 'pass' || needsImageCheck;
        const message = Object.assign(new Message(), {
          agencyId: await this.boardSettings.servingAgencyId(tx),
          board: body.board,
          residentId: resident.id,
          idempotencyKey: body.idempotencyKey,
          title,
          body: text,
          category: body.category?.trim() || null,
          contactName: body.contactName?.trim() || null,
          phoneEnc: this.cipher.encryptOptional(phone),
          phoneMasked: phone ? maskPhone(phone) : null,
          writerPublic: body.public,
          published: false,
          status: held ? 'held' : 'dispatching',
          moderation: verdict.outcome === 'flagged' ? 'flagged' : verdict.outcome === 'unavailable' ? 'check_unavailable' : needsImageCheck ? 'pending_media_check' : 'passed',
          moderationNote: verdict.outcome === 'pass' ? null : verdict.note,
          unitId: null,
          handlerId: null,
          receivedDate: null,
          replyWorkingDays: null,
          dueDate: null,
          sortDueDate: NO_DUE_DATE,
          extendedDays: 0,
          urgeCount: 0,
          replyBody: null,
          replyUnitId: null,
          repliedDate: null,
          repliedAt: null,
          rating: null,
          ratingComment: null,
          ratedAt: null,
          invalidReason: null,
          submittedAt: now,
          updatedAt: now,
          version: 1,
        });
        if (!held) acceptMessage(message, calendar, settings, this.clock.now());
        const inserted = await this.repository.insert(message, tx);
        if (body.imageIds?.length) await this.media.claim(tx, body.imageIds, { type: 'resident', id: resident.id }, MESSAGE_ATTACHED_TYPE, inserted.id, 'imageIds');
        await this.repository.appendEvent(messageEventRow(inserted, 'submitted', writerActor(resident), null, this.clock.now()), tx);
        if (held) await this.repository.appendEvent(messageEventRow(inserted, 'held', SYSTEM_ACTOR, verdict.outcome === 'pass' ? '图片待微信内容安全检测' : verdict.note, this.clock.now()), tx);
        return inserted;
      });
    } catch (error) {
      // The same key submitted twice at once: the unique index let one in; answer with that one.
      if (isUniqueViolation(error)) {
        const twin = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey);
        if (twin) return this.views.writerView(twin);
      }
      throw error;
    }
    if (needsImageCheck && message.moderation === 'pending_media_check' && message.version === 1) await this.startImageChecks(resident, message);
    return this.views.writerView(message, Boolean(body.imageIds?.length));
  }

  private async startImageChecks(resident: ResidentPrincipal, message: Message): Promise<void> {
    const files = (await this.media.filesAttachedTo(MESSAGE_ATTACHED_TYPE, [message.id])).filter((file) => file.attachedId === message.id);
    const base = this.config.publicBaseUrl;
    const traces = base
      ? await this.screening.requestImageChecks(resident.openid, files.map((file) => ({ id: file.id, url: `${base}${this.media.publicView(file, true).url}` })), BOARD_SCENE)
      : null;
    await this.repository.transaction(async (tx) => {
      const current = await this.repository.findForUpdate(message.id, tx);
      if (!current) return;
      if (!traces) {
        current.moderation = 'check_unavailable';
        current.moderationNote = '图片无法提交微信内容安全检测，待人工审核';
        current.updatedAt = this.clock.now();
        await this.repository.save(current, tx);
        return;
      }
      const now = this.clock.now();
      await this.repository.insertContentChecks(
        traces.map(({ traceId, mediaId }) => ({ traceId, targetType: 'message', targetId: message.id, mediaId, result: null, createdAt: now })),
        tx,
      );
    });
  }

  /** A mediaCheckAsync verdict from WeChat's message push. Unknown trace ids are ignored (not ours or already gone). */
  async recordImageVerdict(traceId: string, suggest: 'pass' | 'review' | 'risky', label: number): Promise<void> {
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    await this.repository.transaction(async (tx) => {
      const check = await this.repository.findContentCheck(traceId, tx);
      if (!check || check.result) return;
      check.result = suggest;
      await this.repository.saveContentCheck(check, tx);
      const message = await this.repository.findForUpdate(check.targetId, tx);
      if (!message || message.status !== 'held' || message.moderation !== 'pending_media_check') return;
      const checks = await this.repository.contentChecksOf('message', message.id, tx);
      if (suggest !== 'pass') {
        message.moderation = 'flagged';
        message.moderationNote = `微信内容安全检测：图片${suggest === 'risky' ? '有风险' : '需人工复核'}（标签 ${label}）`;
        message.updatedAt = this.clock.now();
        await this.repository.save(message, tx);
        return;
      }
      if (checks.some((row) => row.result === null)) return;
      await this.repository.appendEvent(messageEventRow(message, 'media_checked', SYSTEM_ACTOR, '图片检测通过', this.clock.now()), tx);
      message.moderation = 'passed';
      acceptMessage(message, calendar, settings, this.clock.now());
      await this.repository.save(message, tx);
    });
  }
}
