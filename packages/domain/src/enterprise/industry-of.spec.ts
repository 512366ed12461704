import { industryOf } from './industry-of';

describe('industryOf', () => {
  it.each`
    edge                                        | code    | industry
    ${'a 门类 is its own section'}              | ${'C'}  | ${{ code: 'C', name: '制造业', section: 'C' }}
    ${'the first 大类'}                         | ${'01'} | ${{ code: '01', name: '农业', section: 'A' }}
    ${'a 大类 new in 2017 (土地管理业)'}        | ${'79'} | ${{ code: '79', name: '土地管理业', section: 'N' }}
    ${'the 大类 split by the size 办法'}        | ${'59'} | ${{ code: '59', name: '装卸搬运和仓储业', section: 'G' }}
    ${'the last 大类'}                          | ${'97'} | ${{ code: '97', name: '国际组织', section: 'T' }}
    ${'the last 门类'}                          | ${'T'}  | ${{ code: 'T', name: '国际组织', section: 'T' }}
  `('$edge', ({ code, industry }) => {
    expect(industryOf(code)).toEqual(industry);
  });

  it.each`
    edge                              | code
    ${'no 门类 after T'}              | ${'U'}
    ${'no 大类 00'}                   | ${'00'}
    ${'no 大类 98'}                   | ${'98'}
    ${'a lower-case letter'}          | ${'c'}
    ${'one digit'}                    | ${'1'}
    ${'a 中类 is not a 门类 or 大类'}  | ${'591'}
    ${'empty'}                        | ${''}
  `('null for $edge', ({ code }) => {
    expect(industryOf(code)).toBeNull();
  });

  it('hands out copies the caller cannot use to change the table', () => {
    industryOf('C')!.name = 'changed';
    expect(industryOf('C')!.name).toBe('制造业');
  });
});
