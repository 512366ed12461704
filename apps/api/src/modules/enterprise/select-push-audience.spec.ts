import { PolicyConditions } from '@govopen/domain';
import { AudienceCandidate, AudienceRule, selectPushAudience } from './select-push-audience';

const TODAY = '2026-11-23';
// 制造业 in 环翠区, and a free-text condition a person judges.
const CONDITIONS: PolicyConditions = { kind: 'all', of: [{ kind: 'industry', codes: ['C'] }, { kind: 'district', districts: ['环翠区'] }] };
const WITH_TEXT: PolicyConditions = { kind: 'all', of: [CONDITIONS, { kind: 'text', text: '近三年无重大安全生产事故' }] };

function candidate(id: number, changes: Partial<AudienceCandidate> = {}): AudienceCandidate {
  return {
    enterpriseId: id,
    name: `企业${id}`,
    district: '环翠区',
    profile: { industryCode: '34', district: '环翠区' },
    topics: [],
    muted: false,
    residentIds: [id * 10],
    ...changes,
  };
}

const rule = (changes: Partial<AudienceRule> = {}): AudienceRule => ({ conditions: CONDITIONS, topics: ['技术改造'], includeCheck: false, today: TODAY, ...changes });

describe('selectPushAudience', () => {
  it('takes the yes and leaves the no', () => {
    const audience = selectPushAudience([candidate(1), candidate(2, { profile: { industryCode: '51', district: '环翠区' } })], rule());
    expect(audience.entries.map((entry) => [entry.enterpriseId, entry.verdict])).toEqual([[1, 'yes']]);
    expect(audience.entries[0].reasons).toEqual(['因为您是 制造业（C）· 环翠区']);
  });

  it('leaves "check" out unless asked for', () => {
    const firms = [candidate(1)];
    expect(selectPushAudience(firms, rule({ conditions: WITH_TEXT })).entries).toEqual([]);
    expect(selectPushAudience(firms, rule({ conditions: WITH_TEXT, includeCheck: true })).entries).toMatchObject([{ enterpriseId: 1, verdict: 'check', viaTopic: false }]);
  });

  it('lets a topic subscriber in on "check", never on "no"', () => {
    const subscriber = candidate(1, { topics: ['技术改造'] });
    const unqualified = candidate(2, { topics: ['技术改造'], profile: { industryCode: '51', district: '环翠区' } });
    const audience = selectPushAudience([subscriber, unqualified], rule({ conditions: WITH_TEXT }));
    expect(audience.entries).toMatchObject([{ enterpriseId: 1, verdict: 'check', viaTopic: true }]);
  });

  it('leaves muted enterprises out and counts them', () => {
    const audience = selectPushAudience([candidate(1, { muted: true }), candidate(2)], rule());
    expect(audience.entries.map((entry) => entry.enterpriseId)).toEqual([2]);
    expect(audience.muted).toBe(1);
  });

  it('counts a resident of two enterprises once, and skips an enterprise without verified members', () => {
    const audience = selectPushAudience([candidate(1, { residentIds: [7, 8] }), candidate(2, { residentIds: [8] }), candidate(3, { residentIds: [] })], rule());
    expect(audience.entries.map((entry) => entry.enterpriseId)).toEqual([1, 2]);
    expect(audience.recipients).toBe(2);
  });

  it('puts yes before check', () => {
    const unsure = candidate(1, { profile: { industryCode: '34' } });
    const audience = selectPushAudience([unsure, candidate(2)], rule({ includeCheck: true }));
    expect(audience.entries.map((entry) => [entry.enterpriseId, entry.verdict])).toEqual([[2, 'yes'], [1, 'check']]);
  });
});
