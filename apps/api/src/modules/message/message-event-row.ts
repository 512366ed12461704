import { Actor, ResidentPrincipal, residentActor } from '../../common/actor';
import { Message, MessageEvent } from './message.entity';

/** One row of a message's append-only timeline, taken after the change: a transfer's row names the unit it went to. */
export function messageEventRow(message: Message, type: string, actor: Actor, note: string | null, at: Date): Omit<MessageEvent, 'id'> {
  return { messageId: message.id, type, actorType: actor.type, actorId: actor.id, actorName: actor.name ?? '系统', unitId: message.unitId, note, createdAt: at };
}

/** The timeline names the resident by role, never by WeChat identity. */
export function writerActor(resident: ResidentPrincipal): Actor {
  return residentActor(resident, '留言人');
}
