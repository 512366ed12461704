import { LegalRefusal } from '../law/legal-refusal';
import { changeEnterpriseMemberRole, checkLeaveEnterprise, EnterpriseSeat } from './enterprise-membership';

const admin = (id: number): EnterpriseSeat => ({ id, role: 'admin', status: 'verified' });
const member = (id: number): EnterpriseSeat => ({ id, role: 'member', status: 'verified' });

function refusal(run: () => unknown): LegalRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof LegalRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('who may leave an enterprise', () => {
  it.each`
    edge                                                        | seats                                                          | leaver
    ${'a 成员'}                                                  | ${[admin(1), member(2)]}                                       | ${2}
    ${'one of two 管理员'}                                       | ${[admin(1), admin(2), member(3)]}                             | ${1}
    ${'the only member of all: the enterprise becomes unheld'}   | ${[admin(1)]}                                                  | ${1}
    ${'the last 管理员 whose colleagues all left or wait'}       | ${[admin(1), { ...member(2), status: 'left' }, { ...member(3), status: 'pending' }]} | ${1}
    ${'a pending claim withdrawn'}                              | ${[{ ...admin(1), status: 'pending' }, admin(2), member(3)]}   | ${1}
  `('lets $edge leave', ({ seats, leaver }) => {
    expect(() => checkLeaveEnterprise(seats, leaver)).not.toThrow();
  });

  it('refuses the last 管理员 while a verified colleague remains, in Chinese, naming the way out', () => {
    const refused = refusal(() => checkLeaveEnterprise([admin(1), member(2), { ...admin(3), status: 'left' }], 1));
    expect(refused.code).toBe('ENTERPRISE_LAST_ADMIN');
    expect(refused.article).toBeNull();
    expect(refused.message).toBe('您是本企业唯一的管理员，还有 1 位成员：请先把其中一位设为管理员，再退出企业');
  });
});

describe('a 管理员 changes a member’s role', () => {
  it.each`
    edge                                     | seats                              | target | role        | after
    ${'promotes a 成员 to 管理员'}             | ${[admin(1), member(2)]}           | ${2}   | ${'admin'}  | ${'admin'}
    ${'demotes one of two 管理员'}             | ${[admin(1), admin(2)]}            | ${1}   | ${'member'} | ${'member'}
    ${'leaves a 管理员 as 管理员'}              | ${[admin(1)]}                      | ${1}   | ${'admin'}  | ${'admin'}
  `('$edge', ({ seats, target, role, after }) => {
    expect(changeEnterpriseMemberRole(seats, target, role)).toBe(after);
  });

  it.each`
    edge                                                  | seats                                                 | target | role        | code                                | message
    ${'demoting the last 管理员'}                          | ${[admin(1), member(2)]}                              | ${1}   | ${'member'} | ${'ENTERPRISE_LAST_ADMIN'}          | ${'企业至少要有一位管理员：这是本企业唯一的管理员，请先把另一位成员设为管理员'}
    ${'the other 管理员 counts only while verified'}       | ${[admin(1), { ...admin(2), status: 'left' }]}        | ${1}   | ${'member'} | ${'ENTERPRISE_LAST_ADMIN'}          | ${'企业至少要有一位管理员：这是本企业唯一的管理员，请先把另一位成员设为管理员'}
    ${'promoting a claim staff have not decided'}         | ${[admin(1), { ...member(2), status: 'pending' }]}    | ${2}   | ${'admin'}  | ${'ENTERPRISE_MEMBER_NOT_VERIFIED'} | ${'该成员尚未认证或已退出，不能调整其角色'}
    ${'promoting a member who left'}                      | ${[admin(1), { ...member(2), status: 'left' }]}       | ${2}   | ${'admin'}  | ${'ENTERPRISE_MEMBER_NOT_VERIFIED'} | ${'该成员尚未认证或已退出，不能调整其角色'}
  `('refuses $edge', ({ seats, target, role, code, message }) => {
    const refused = refusal(() => changeEnterpriseMemberRole(seats, target, role));
    expect(refused).toMatchObject({ code, message, article: null });
  });
});
