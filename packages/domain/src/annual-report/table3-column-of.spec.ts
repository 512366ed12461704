import { table3ColumnOf } from './table3-column-of';

describe('the applicant column of table 三', () => {
  it.each`
    edge                                   | applicantType     | organizationKind     | column
    ${'a citizen is 自然人'}               | ${'citizen'}      | ${null}              | ${'citizen'}
    ${'a citizen ignores a stray kind'}    | ${'citizen'}      | ${'business'}        | ${'citizen'}
    ${'商业企业'}                          | ${'organization'} | ${'business'}        | ${'business'}
    ${'科研机构'}                          | ${'organization'} | ${'research'}        | ${'research'}
    ${'社会公益组织'}                      | ${'organization'} | ${'public_interest'} | ${'public_interest'}
    ${'法律服务机构'}                      | ${'organization'} | ${'legal_service'}   | ${'legal_service'}
    ${'其他 organization'}                 | ${'organization'} | ${'other'}           | ${'other'}
  `('$edge', ({ applicantType, organizationKind, column }) => {
    expect(table3ColumnOf({ applicantType, organizationKind })).toBe(column);
  });

  it('an organization without its kind is refused, not put under 其他', () => {
    expect(() => table3ColumnOf({ applicantType: 'organization', organizationKind: null })).toThrow('未登记组织类型');
  });
});
