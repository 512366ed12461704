import { Injectable } from '@nestjs/common';
import { MessageView, PublicMediaView } from '@govopen/contracts';
import { MediaService } from '../media/media.service';
import { Message } from './message.entity';
import { toWriterView } from './message.mapper';
import { MessageRepository } from './message.repository';

/** media_file.attached_type of a message's images. */
export const MESSAGE_ATTACHED_TYPE = 'message';

/** The names and images a view of a message shows, loaded for the mapper. */
@Injectable()
export class MessageViewsService {
  constructor(
    private readonly repository: MessageRepository,
    private readonly media: MediaService,
  ) {
    // A message's images are public exactly when the message is.
    this.media.registerPublicationCheck(MESSAGE_ATTACHED_TYPE, async (ids) => {
      const visible = new Set<number>();
      for (const id of ids) {
        const message = await this.repository.findById(id);
        if (message?.published) visible.add(id);
      }
      return visible;
    });
  }

  /** `hasImages` false spares the lookup when the caller knows there are none. */
  async writerView(message: Message, hasImages = true): Promise<MessageView> {
    const [unitNames, images] = await Promise.all([
      message.unitId || message.replyUnitId ? this.unitNames(message.agencyId) : new Map<number, string>(),
      hasImages ? this.images([message], true) : new Map<number, PublicMediaView[]>(),
    ]);
    return toWriterView(message, unitNames, images.get(message.id) ?? []);
  }

  async unitNames(agencyId: number | undefined): Promise<Map<number, string>> {
    if (agencyId === undefined) return new Map();
    return new Map((await this.repository.units(agencyId)).map((unit) => [unit.id, unit.name]));
  }

  /** Images of messages: signed links for the writer and staff (the message may not be public), plain links when published. */
  async images(messages: Message[], signed: boolean): Promise<Map<number, PublicMediaView[]>> {
    if (!messages.length) return new Map();
    const files = await this.media.filesAttachedTo(MESSAGE_ATTACHED_TYPE, messages.map((message) => message.id));
    const byMessage = new Map<number, PublicMediaView[]>();
    for (const file of files) byMessage.set(file.attachedId!, [...(byMessage.get(file.attachedId!) ?? []), this.media.publicView(file, signed)]);
    return byMessage;
  }
}
