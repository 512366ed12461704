import { signInDelaySeconds } from './sign-in-delay';

describe('signInDelaySeconds', () => {
  it.each`
    edge                                   | failures | seconds
    ${'no failure'}                        | ${0}     | ${0}
    ${'three typos are free'}              | ${3}     | ${0}
    ${'the fourth waits 2 s'}              | ${4}     | ${2}
    ${'then it doubles'}                   | ${5}     | ${4}
    ${'the tenth waits 128 s'}             | ${10}    | ${128}
    ${'the thirteenth reaches 1024 → 900'} | ${13}    | ${900}
    ${'never more than 15 minutes'}        | ${1000}  | ${900}
  `('$edge', ({ failures, seconds }) => {
    expect(signInDelaySeconds(failures)).toBe(seconds);
  });

  it('refuses a count that is not one', () => {
    expect(() => signInDelaySeconds(-1)).toThrow(RangeError);
  });
});
