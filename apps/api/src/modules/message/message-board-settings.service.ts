import { Injectable } from '@nestjs/common';
import { MESSAGE_BOARD_LABELS, MessageBoardSetting as BoardSettingView, MessageReplyTemplate as TemplateView, MessageSettings } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { ContentScreeningService } from './content-screening.service';
import { SaveMessageSettingsDto } from './dto/staff-message.dto';
import { assertCaseWorker } from './message-access';
import { BoardSettings } from './message-workflow';
import { MessageBoardSetting } from './message.entity';
import { MessageRepository } from './message.repository';

const SETTINGS_TTL_MS = 60_000;

/** The boards this deployment serves: their reply limits, the word list, the routing keywords and reply templates. */
@Injectable()
export class MessageBoardSettingsService {
  private boardCache: { settings: BoardSettings; loadedAt: number } | null = null;
  private servingAgency: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly repository: MessageRepository,
    private readonly audit: AuditService,
    private readonly screening: ContentScreeningService,
  ) {}

  async boards(): Promise<BoardSettingView[]> {
    const settings = await this.settingsByBoard();
    return [...settings.values()].map((setting) => ({
      board: setting.board,
      name: MESSAGE_BOARD_LABELS[setting.board],
      replyWorkingDays: setting.replyWorkingDays,
      remindWorkingDays: setting.remindWorkingDays,
    }));
  }

  /** Board limits, read on every post: kept for a minute (monotonic age), dropped at once when edited here. */
  async settingsByBoard(): Promise<BoardSettings> {
    if (this.boardCache && performance.now() - this.boardCache.loadedAt < SETTINGS_TTL_MS) return this.boardCache.settings;
    const settings = new Map((await this.repository.boardSettings()).map((setting) => [setting.board, setting]));
    this.boardCache = { settings, loadedAt: performance.now() };
    return settings;
  }

  /** The agency this deployment serves does not change while it runs. */
  async servingAgencyId(tx?: Transaction): Promise<number> {
    this.servingAgency ??= await this.repository.servingAgencyId(tx);
    if (this.servingAgency === null) throw AppException.notFound('尚未配置本机关');
    return this.servingAgency;
  }

  async settings(): Promise<MessageSettings> {
    const agencyId = await this.servingAgencyId();
    const [boards, words, units, keywords] = await Promise.all([this.boards(), this.repository.sensitiveWords(), this.repository.units(agencyId), this.repository.routingKeywords()]);
    return {
      boards,
      sensitiveWords: words.map((row) => row.word),
      units: units.map((unit) => ({ unitId: unit.id, unitName: unit.name, keywords: keywords.filter((row) => row.unitId === unit.id).map((row) => row.keyword) })),
    };
  }

  /** New limits apply to messages received from now on; a message keeps the limit it was received under. */
  async saveSettings(staff: StaffPrincipal, body: SaveMessageSettingsDto, actor: Actor): Promise<MessageSettings> {
    const units = new Set((await this.repository.units(staff.agencyId)).map((unit) => unit.id));
    const unknown = body.units.find((entry) => !units.has(entry.unitId));
    if (unknown) throw AppException.invalid('units', `科室 ${unknown.unitId} 不存在`);
    const words = [...new Set(body.sensitiveWords.map((word) => word.trim()).filter(Boolean))];
    await this.repository.transaction(async (tx) => {
      await this.repository.saveBoardSettings(
        body.boards.map((board) => Object.assign(new MessageBoardSetting(), board)),
        tx,
      );
      await this.repository.replaceSensitiveWords(words, this.clock.now(), tx);
      await this.repository.replaceRoutingKeywords(
        body.units.map((entry) => entry.unitId),
        body.units.flatMap((entry) => [...new Set(entry.keywords.map((keyword) => keyword.trim()).filter(Boolean))].map((keyword) => ({ unitId: entry.unitId, keyword }))),
        tx,
      );
      await this.audit.record(actor, { action: 'message.settings', targetType: 'message_settings', detail: `留言设置：${body.boards.map((board) => `${MESSAGE_BOARD_LABELS[board.board]} ${board.replyWorkingDays} 个工作日`).join('，')}；敏感词 ${words.length} 个` }, tx);
    });
    this.screening.invalidate();
    this.boardCache = null;
    return this.settings();
  }

  async templates(staff: StaffPrincipal): Promise<TemplateView[]> {
    assertCaseWorker(staff);
    return (await this.repository.templates()).map(({ id, title, body }) => ({ id, title, body }));
  }
}
