import { StaffMessageActionType } from '@govopen/contracts';
import { Message } from './message.entity';
import { noticeAfterAction, noticeAfterRating } from './message-notices';

const message = (overrides: Partial<Message> = {}) => ({ id: 9, agencyId: 1, residentId: 21, title: '路灯不亮', unitId: 3, dueDate: '2026-12-14', version: 4, ...overrides }) as Message;

describe('noticeAfterAction', () => {
  it.each`
    edge                                                      | type                 | after                            | reason          | recipients           | key                            | body
    ${'an assignment tells the unit when to answer by'}       | ${'assign'}          | ${message()}                     | ${null}         | ${{ unitId: 3 }}     | ${'message.assigned:9:4'}      | ${'“路灯不亮”已分到本科室，请在 2026-12-14 前答复。'}
    ${'an assignment without a due date (calendar missing)'} | ${'assign'}          | ${message({ dueDate: null })}    | ${null}         | ${{ unitId: 3 }}     | ${'message.assigned:9:4'}      | ${'“路灯不亮”已分到本科室，请在 期限 前答复。'}
    ${'a transfer tells the new unit as an assignment'}       | ${'transfer'}        | ${message({ unitId: 7 })}        | ${'不属本科室'} | ${{ unitId: 7 }}     | ${'message.assigned:9:4'}      | ${'“路灯不亮”已分到本科室，请在 2026-12-14 前答复。'}
    ${'an urge quotes its reason'}                            | ${'urge'}            | ${message()}                     | ${'群众来电'}   | ${{ unitId: 3 }}     | ${'message.urged:9:4'}         | ${'公开办催办“路灯不亮”：群众来电，答复期限 2026-12-14。'}
    ${'an urge without reason or due date'}                   | ${'urge'}            | ${message({ dueDate: null })}    | ${null}         | ${{ unitId: 3 }}     | ${'message.urged:9:4'}         | ${'公开办催办“路灯不亮”，答复期限 —。'}
    ${'a return goes back to the 公开办'}                     | ${'return'}          | ${message({ unitId: null })}     | ${'非本科室职责'} | ${'dispatchers'}   | ${'message.returned:9:4'}      | ${'“路灯不亮”被退回：非本科室职责'}
    ${'a reply tells the writer, once whatever the version'}  | ${'reply'}           | ${message()}                     | ${null}         | ${'writer'}          | ${'message.replied:9'}         | ${'您的留言“路灯不亮”已收到答复，欢迎查看并评价。'}
  `('$edge', ({ type, after, reason, recipients, key, body }) => {
    expect(noticeAfterAction(after, type, reason)).toMatchObject({ recipients, key, body });
  });

  it('the writer’s notice opens the message in the mini-program and names it as the subject', () => {
    expect(noticeAfterAction(message(), 'reply', null)).toMatchObject({ link: '/packages/message/pages/detail/index?id=9', subject: '路灯不亮', title: '您的留言已答复' });
  });

  it.each`
    edge                                                  | type                   | after
    ${'an assignment that left no unit tells nobody'}     | ${'assign'}            | ${message({ unitId: null })}
    ${'an urge of a message without a unit tells nobody'} | ${'urge'}              | ${message({ unitId: null })}
    ${'claiming is the claimant’s own doing'}             | ${'claim'}             | ${message()}
    ${'moderation is silent'}                             | ${'approve_content'}   | ${message()}
    ${'publishing is silent'}                             | ${'publish'}           | ${message()}
    ${'an extension is silent'}                           | ${'extend'}            | ${message()}
    ${'invalidating is silent'}                           | ${'invalidate'}        | ${message()}
  `('$edge', ({ type, after }: { type: StaffMessageActionType; after: Message }) => {
    expect(noticeAfterAction(after, type, '理由')).toBeNull();
  });
});

describe('noticeAfterRating', () => {
  it.each`
    edge                                                | rating                   | after                        | comment       | expected
    ${'dissatisfied, with the comment quoted'}          | ${'dissatisfied'}        | ${message()}                 | ${'答非所问'} | ${{ recipients: 'dispatchers', key: 'message-dissatisfied:9', body: '“路灯不亮”的答复被留言人评为不满意：答非所问。', link: '/messages/9' }}
    ${'dissatisfied without a comment'}                 | ${'dissatisfied'}        | ${message()}                 | ${null}       | ${{ recipients: 'dispatchers', body: '“路灯不亮”的答复被留言人评为不满意。' }}
    ${'satisfied tells nobody'}                         | ${'satisfied'}           | ${message()}                 | ${null}       | ${null}
    ${'basically satisfied tells nobody'}               | ${'basically_satisfied'} | ${message()}                 | ${null}       | ${null}
    ${'dissatisfied with no unit that answered'}        | ${'dissatisfied'}        | ${message({ unitId: null })} | ${'差'}       | ${null}
  `('$edge', ({ rating, after, comment, expected }) => {
    const notice = noticeAfterRating(after, rating, comment);
    if (expected === null) expect(notice).toBeNull();
    else expect(notice).toMatchObject(expected);
  });
});
