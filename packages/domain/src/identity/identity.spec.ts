import { maskIdNumber, maskPhone } from './mask';
import { checkCreditCode } from './check-credit-code';
import { checkEmail, checkPhone, checkPostcode } from './check-contact';
import { checkResidentId } from './check-resident-id';

const TODAY = '2026-11-22';

describe('checkResidentId (GB 11643)', () => {
  it.each`
    edge                                   | id                        | passes
    ${'the standard example'}             | ${'11010519491231002X'}   | ${true}
    ${'lower-case x accepted'}             | ${'11010519491231002x'}   | ${true}
    ${'check digit wrong'}                 | ${'110105194912310021'}   | ${false}
    ${'17 digits'}                         | ${'11010519491231002'}    | ${false}
    ${'birth date 19490231 does not exist'} | ${'110105194902310026'}  | ${false}
    ${'born in the future'}                | ${'11010520300101001X'}   | ${false}
    ${'X in the middle'}                   | ${'1101051949123X002X'}   | ${false}
  `('$edge', ({ id, passes }) => {
    expect(checkResidentId(id, TODAY) === null).toBe(passes);
  });

  it('names the birth date, not the check digit, when only the date is wrong', () => {
    expect(checkResidentId('110105194902310026', TODAY)).toBe('身份证号码中的出生日期不正确');
    expect(checkResidentId('11010520300101001X', TODAY)).toBe('身份证号码中的出生日期不正确');
  });
});

describe('checkCreditCode (GB 32100)', () => {
  it.each`
    edge                                   | code                      | passes
    ${'a published code (Tencent, Shenzhen)'} | ${'9144030071526726XG'} | ${true}
    ${'a published code (Huawei)'}         | ${'914403001922038216'}   | ${true}
    ${'check character wrong'}             | ${'9144030071526726XA'}   | ${false}
    ${'letter I is never used'}            | ${'9144030071526726IG'}   | ${false}
    ${'17 characters'}                     | ${'9144030071526726X'}    | ${false}
    ${'region code not digits'}            | ${'91AB030071526726XG'}   | ${false}
  `('$edge', ({ code, passes }) => {
    expect(checkCreditCode(code) === null).toBe(passes);
  });
});

describe('contact details', () => {
  it.each`
    value               | passes
    ${'13812345678'}    | ${true}
    ${'138 1234 5678'}  | ${true}
    ${'0631-5287001'}   | ${true}
    ${'12812345678'}    | ${false}
    ${'5287001'}        | ${false}
  `('phone $value', ({ value, passes }) => {
    expect(checkPhone(value) === null).toBe(passes);
  });

  it.each`
    value         | passes
    ${'264200'}   | ${true}
    ${'26420'}    | ${false}
    ${'26420a'}   | ${false}
  `('postcode $value', ({ value, passes }) => {
    expect(checkPostcode(value) === null).toBe(passes);
  });

  it.each`
    value                     | passes
    ${'zhang@example.cn'}     | ${true}
    ${'zhang@example'}        | ${false}
    ${'zhang example.cn'}     | ${false}
  `('email $value', ({ value, passes }) => {
    expect(checkEmail(value) === null).toBe(passes);
  });
});

describe('masks', () => {
  it.each`
    edge                                        | id                       | masked
    ${'resident ID: region and last four'}      | ${'11010519491231002X'}  | ${'110105********002X'}
    ${'11 characters: one hidden'}              | ${'AB123456789'}         | ${'AB1234*6789'}
    ${'passport of 9: two at each end'}         | ${'E12345678'}           | ${'E1*****78'}
    ${'permit of 8: two at each end'}           | ${'H1234567'}            | ${'H1****67'}
    ${'10 characters: two at each end'}         | ${'1234567890'}          | ${'12******90'}
    ${'7 or fewer: all hidden'}                 | ${'1234567'}             | ${'*******'}
  `('ID number, $edge', ({ id, masked }) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
  it('keeps the carrier prefix and last four of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0631-5287001')).toBe('063****7001');
  });
});
