import { diffEnterpriseFacts } from './diff-enterprise-facts';
import { EnterpriseFacts } from './enterprise-facts';

const FACTS: EnterpriseFacts = {
  name: '威海精工机械有限公司',
  legalRepresentative: '张三',
  industryCode: '34',
  employees: 120,
  revenueWan: 5600,
  assetsWan: null,
  district: '环翠区',
  foundedOn: '2018-04-12',
  registeredCapitalWan: 1000,
  qualifications: [{ kind: 'specializedSme', year: 2023 }],
};

describe('diffEnterpriseFacts', () => {
  it('says every field of a new profile', () => {
    expect(diffEnterpriseFacts(null, FACTS).map((change) => change.field)).toEqual([
      'name', 'legalRepresentative', 'industryCode', 'employees', 'revenueWan', 'district', 'foundedOn', 'registeredCapitalWan', 'qualifications',
    ]);
  });

  it('names only what changed, as people read it', () => {
    const after = { ...FACTS, employees: 150, qualifications: [{ kind: 'highTech' as const, year: 2024 }, ...FACTS.qualifications] };
    expect(diffEnterpriseFacts(FACTS, after)).toEqual([
      { field: 'employees', from: '120', to: '150' },
      { field: 'qualifications', from: '专精特新中小企业（2023）', to: '高新技术企业（2024）、专精特新中小企业（2023）' },
    ]);
  });

  it('sees no change in qualifications listed in another order', () => {
    const two: EnterpriseFacts = { ...FACTS, qualifications: [{ kind: 'highTech', year: 2024 }, { kind: 'specializedSme', year: 2023 }] };
    expect(diffEnterpriseFacts(two, { ...two, qualifications: [...two.qualifications].reverse() })).toEqual([]);
  });
});
