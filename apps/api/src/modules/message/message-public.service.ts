import { Injectable } from '@nestjs/common';
import { MessageBoard, MessageMonthStats, MessageView, Page, PublicMessageView } from '@govopen/contracts';
import { summarizeMessageMonth } from '@govopen/domain';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { ContentScreeningService } from './content-screening.service';
import { RateMessageDto } from './dto/create-message.dto';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { messageEventRow, writerActor } from './message-event-row';
import { MessageNoticeService } from './message-notice.service';
import { noticeAfterRating } from './message-notices';
import { MessageViewsService } from './message-views.service';
import { toPublicView, toWriterView } from './message.mapper';
import { MessageRepository } from './message.repository';

/** What residents and the public read of the boards (the public board, one's own messages, the month's figures), and the writer's rating. */
@Injectable()
export class MessagePublicService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: MessageRepository,
    private readonly boardSettings: MessageBoardSettingsService,
    private readonly views: MessageViewsService,
    private readonly screening: ContentScreeningService,
    private readonly notices: MessageNoticeService,
  ) {}

  async mine(resident: ResidentPrincipal): Promise<MessageView[]> {
    const messages = await this.repository.mine(resident.id);
    const [unitNames, images] = await Promise.all([this.views.unitNames(messages[0]?.agencyId), this.views.images(messages, true)]);
    return messages.map((message) => toWriterView(message, unitNames, images.get(message.id) ?? []));
  }

  /** The writer sees their own message in any state; anyone sees a published one, without the writer's details. */
  async getForReader(resident: ResidentPrincipal | null, id: number): Promise<MessageView | PublicMessageView> {
    const message = await this.repository.findById(id);
    if (message && resident && message.residentId === resident.id) return this.views.writerView(message);
    if (!message || !message.published || message.status !== 'answered') throw AppException.notFound('留言不存在或未公开');
    const [unitNames, images] = await Promise.all([this.views.unitNames(message.agencyId), this.views.images([message], false)]);
    return toPublicView(message, unitNames.get(message.replyUnitId!) ?? '', images.get(message.id) ?? []);
  }

  async publicList(board: MessageBoard | undefined, q: string | undefined, page = 1, pageSize = 20): Promise<Page<PublicMessageView>> {
    const agencyId = await this.boardSettings.servingAgencyId();
    const [messages, total] = await this.repository.publicPage(agencyId, board, q?.trim() || undefined, (page - 1) * pageSize, pageSize);
    const [unitNames, images] = await Promise.all([this.views.unitNames(agencyId), this.views.images(messages, false)]);
    return {
      items: messages.map((message) => toPublicView(message, unitNames.get(message.replyUnitId!) ?? '', images.get(message.id) ?? [])),
      total,
      page,
      pageSize,
    };
  }

  async stats(month: string): Promise<MessageMonthStats> {
    const agencyId = await this.boardSettings.servingAgencyId();
    const rows = await this.repository.statsRows(agencyId, `${month}-01`, `${month}-31`);
    return summarizeMessageMonth(
      rows.map((row) => ({ board: row.board, receivedDate: row.receivedDate, repliedDate: row.repliedDate, dueDate: row.dueDate, invalid: row.status === 'invalid', rating: row.rating })),
      month,
    );
  }

  async rate(resident: ResidentPrincipal, id: number, body: RateMessageDto): Promise<MessageView> {
    const message = await this.repository.transaction(async (tx) => {
      const found = await this.repository.findForUpdate(id, tx);
      if (!found || found.residentId !== resident.id) throw AppException.notFound('留言不存在');
      if (found.status !== 'answered') throw new AppException(ErrorCode.CONFLICT, '留言答复后才能评价');
      if (found.rating) throw new AppException(ErrorCode.CONFLICT, '您已评价过这条留言的答复');
      const comment = body.comment?.trim() || null;
      if (comment) {
        const words = await this.screening.findSensitiveWords(comment);
        if (words.length) throw AppException.invalid('comment', '评价意见含有不宜发布的内容，请修改后再提交');
      }
      found.rating = body.rating;
      found.ratingComment = comment;
      found.ratedAt = this.clock.now();
      found.updatedAt = found.ratedAt;
      await this.repository.save(found, tx);
      await this.repository.appendEvent(messageEventRow(found, 'rated', writerActor(resident), null, this.clock.now()), tx);
      await this.notices.send(found, noticeAfterRating(found, body.rating, comment), tx);
      return found;
    });
    return this.views.writerView(message);
  }
}
