import { checkPasswordPolicy } from './check-password-policy';

describe('checkPasswordPolicy', () => {
  it.each`
    edge                                   | password                  | passes
    ${'three classes, 12 characters'}      | ${'Abcdefgh1234'}         | ${true}
    ${'four classes'}                      | ${'Gov@open2026x'}        | ${true}
    ${'11 characters is too short'}        | ${'Abcdefg1234'}          | ${false}
    ${'only two classes'}                  | ${'abcdefgh12345'}        | ${false}
    ${'contains the username'}             | ${'Zhangsan@2026'}        | ${false}
    ${'longer than 128'}                   | ${'Aa1!'.repeat(33)}      | ${false}
  `('$edge', ({ password, passes }) => {
    expect(checkPasswordPolicy(password, 'zhangsan') === null).toBe(passes);
  });

  it('says why in Chinese', () => {
    expect(checkPasswordPolicy('short', 'x')).toBe('密码至少 12 位');
  });
});
