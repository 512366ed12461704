import { StaffRole } from '@govopen/contracts';
import { StaffPrincipal } from '../../common/actor';
import { ErrorCode } from '../../common/error-code';
import { assertCaseWorker, assertMaySee, assertSameAgency, inboxScope } from './message-access';
import { Message } from './message.entity';

const staff = (roles: StaffRole[], unitId: number | null = 3, agencyId = 1): StaffPrincipal => ({ id: 5, username: 'u', displayName: '李承办', agencyId, unitId, roles });
const dispatcher = staff([StaffRole.OFFICE_HEAD], null);
const handler = staff([StaffRole.HANDLER]);
const message = (agencyId: number, unitId: number | null) => ({ id: 9, agencyId, unitId }) as Message;

/** What a call threw: its error code, or 'ok'. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code: ErrorCode }).code;
  }
}

describe('assertCaseWorker', () => {
  it.each`
    edge                                     | who                                                 | expected
    ${'the 公开办 works messages'}            | ${dispatcher}                                       | ${'ok'}
    ${'a unit handler works messages'}       | ${handler}                                          | ${'ok'}
    ${'both roles at once'}                  | ${staff([StaffRole.HANDLER, StaffRole.OFFICE_HEAD])} | ${'ok'}
    ${'a system administrator does not'}     | ${staff([StaffRole.SYSTEM_ADMIN], null)}            | ${ErrorCode.FORBIDDEN}
    ${'staff with no role does not'}         | ${staff([])}                                        | ${ErrorCode.FORBIDDEN}
  `('$edge', ({ who, expected }) => {
    expect(outcome(() => assertCaseWorker(who))).toBe(expected);
  });
});

describe('assertSameAgency', () => {
  it.each`
    edge                                                  | who           | found                 | expected
    ${'a missing message does not exist'}                 | ${dispatcher} | ${null}               | ${ErrorCode.NOT_FOUND}
    ${'another agency’s message does not exist either'}   | ${dispatcher} | ${message(2, null)}   | ${ErrorCode.NOT_FOUND}
    ${'another unit’s message is the domain’s to refuse'} | ${handler}    | ${message(1, 4)}      | ${'ok'}
  `('$edge', ({ who, found, expected }) => {
    expect(outcome(() => assertSameAgency(who, found))).toBe(expected);
  });
});

describe('assertMaySee', () => {
  it.each`
    edge                                                   | who           | found              | expected
    ${'a missing message does not exist'}                  | ${handler}    | ${null}            | ${ErrorCode.NOT_FOUND}
    ${'another agency’s message, even to the 公开办'}       | ${dispatcher} | ${message(2, 3)}   | ${ErrorCode.NOT_FOUND}
    ${'another agency’s message in a unit of the same id'} | ${handler}    | ${message(2, 3)}   | ${ErrorCode.NOT_FOUND}
    ${'the 公开办 sees every unit'}                         | ${dispatcher} | ${message(1, 4)}   | ${'ok'}
    ${'the 公开办 sees a message not yet dispatched'}       | ${dispatcher} | ${message(1, null)} | ${'ok'}
    ${'a handler sees their own unit’s'}                   | ${handler}    | ${message(1, 3)}   | ${'ok'}
    ${'a handler is refused another unit’s'}               | ${handler}    | ${message(1, 4)}   | ${ErrorCode.FORBIDDEN}
    ${'a handler is refused one not yet dispatched'}       | ${handler}    | ${message(1, null)} | ${ErrorCode.FORBIDDEN}
    ${'a handler with no unit is refused an undispatched one'} | ${staff([StaffRole.HANDLER], null)} | ${message(1, null)} | ${ErrorCode.FORBIDDEN}
  `('$edge', ({ who, found, expected }) => {
    expect(outcome(() => assertMaySee(who, found))).toBe(expected);
  });
});

describe('inboxScope', () => {
  it.each`
    edge                                                    | who           | requested                          | expected
    ${'the 公开办 starts on every queue, every unit'}        | ${dispatcher} | ${{}}                              | ${{ queue: 'all', unitId: undefined }}
    ${'the 公开办 may narrow to a unit'}                     | ${dispatcher} | ${{ queue: 'open', unitId: 4 }}    | ${{ queue: 'open', unitId: 4 }}
    ${'the 公开办 has the moderation queue'}                 | ${dispatcher} | ${{ queue: 'moderation' }}         | ${{ queue: 'moderation', unitId: undefined }}
    ${'a handler starts on their unit’s open messages'}     | ${handler}    | ${{}}                              | ${{ queue: 'open', unitId: 3 }}
    ${'a handler asking for another unit gets their own'}   | ${handler}    | ${{ queue: 'answered', unitId: 4 }} | ${{ queue: 'answered', unitId: 3 }}
    ${'staff without a unit match no unit'}                 | ${staff([StaffRole.HANDLER], null)} | ${{ queue: 'all' }} | ${{ queue: 'all', unitId: -1 }}
  `('$edge', ({ who, requested, expected }) => {
    expect(inboxScope(who, requested)).toEqual(expected);
  });

  it.each(['moderation', 'dispatching'] as const)('a handler is refused the %s queue', (queue) => {
    expect(outcome(() => inboxScope(handler, { queue }))).toBe(ErrorCode.FORBIDDEN);
  });
});
