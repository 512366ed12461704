import { calculatorProfileOf } from './calculator-profile';

describe('calculatorProfileOf', () => {
  it('leaves what was not said unknown', () => {
    expect(calculatorProfileOf({})).toEqual({
      industryCode: undefined,
      size: undefined,
      figures: undefined,
      district: undefined,
      foundedDate: undefined,
      registeredCapitalWan: undefined,
      qualifications: undefined,
    });
  });

  it('reads names alone, names with years and an empty list', () => {
    expect(calculatorProfileOf({ qualifications: ['专精特新中小企业', { name: 'highTech', year: 2024 }] }).qualifications).toEqual([{ kind: 'specializedSme' }, { kind: 'highTech', year: 2024 }]);
    expect(calculatorProfileOf({ qualifications: [] }).qualifications).toEqual([]);
  });

  it('takes the figures it is given and the industry as written', () => {
    expect(calculatorProfileOf({ industryCode: 'C39', employees: 80, revenueWanYuan: 2500 })).toMatchObject({ industryCode: '39', figures: { employees: 80, revenueWan: 2500, assetsWan: undefined } });
  });

  it('names the qualification it cannot read', () => {
    expect(() => calculatorProfileOf({ qualifications: ['高新技术企业', '瞪羚企业'] })).toThrow(expect.objectContaining({ field: 'profile.qualifications[1]' }));
    expect(() => calculatorProfileOf({ qualifications: [{ name: 'highTech', year: 1900 }] })).toThrow(expect.objectContaining({ field: 'profile.qualifications[0].year' }));
    expect(() => calculatorProfileOf({ qualifications: [42 as unknown as string] })).toThrow(expect.objectContaining({ field: 'profile.qualifications[0]' }));
  });
});
