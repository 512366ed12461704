import { EnterpriseProfile, LocalDate, matchPolicy, PolicyConditions, PolicyVerdict } from '@govopen/domain';

/** A verified enterprise as the push sees it: its profile, subscription and the members who would be told. */
export interface AudienceCandidate {
  enterpriseId: number;
  name: string;
  district: string;
  profile: EnterpriseProfile;
  topics: readonly string[];
  muted: boolean;
  residentIds: readonly number[];
}

export interface AudienceEntry {
  enterpriseId: number;
  name: string;
  district: string;
  verdict: Exclude<PolicyVerdict, 'no'>;
  reasons: string[];
  /** In through a topic subscription, not the conditions alone. */
  viaTopic: boolean;
  residentIds: readonly number[];
}

export interface PushAudience {
  /** Yes first, then check; by enterprise id within each. */
  entries: AudienceEntry[];
  /** Residents, each once. */
  recipients: number;
  /** Would be in, but muted. */
  muted: number;
}

export interface AudienceRule {
  conditions: PolicyConditions;
  /** The item's topics: a subscriber to one of them is in when the answer is "check". */
  topics: readonly string[];
  includeCheck: boolean;
  today: LocalDate;
}

/**
 * Who a push goes to: enterprises the conditions say yes for; those they say "check" for when staff ask for them, or
 * when the enterprise subscribed to one of the item's topics; never one they say no for (a subscription asks for a
 * topic, not for a policy the enterprise does not qualify for), and never a muted one. Enterprises without a verified
 * member are not candidates.
 */
export function selectPushAudience(candidates: Iterable<AudienceCandidate>, rule: AudienceRule): PushAudience {
  const yes: AudienceEntry[] = [];
  const check: AudienceEntry[] = [];
  const residents = new Set<number>();
  let muted = 0;
  for (const candidate of candidates) {
    if (!candidate.residentIds.length) continue;
    const { verdict, reasons } = matchPolicy(candidate.profile, rule.conditions, rule.today);
    if (verdict === 'no') continue;
    const subscribed = candidate.topics.some((topic) => rule.topics.includes(topic));
    if (verdict === 'check' && !rule.includeCheck && !subscribed) continue;
    if (candidate.muted) {
      muted += 1;
      continue;
    }
    const entry: AudienceEntry = {
      enterpriseId: candidate.enterpriseId,
      name: candidate.name,
      district: candidate.district,
      verdict,
      reasons,
      viaTopic: verdict === 'check' && !rule.includeCheck,
      residentIds: candidate.residentIds,
    };
    (verdict === 'yes' ? yes : check).push(entry);
    for (const id of candidate.residentIds) residents.add(id);
  }
  const byId = (a: AudienceEntry, b: AudienceEntry) => a.enterpriseId - b.enterpriseId;
  return { entries: [...yes.sort(byId), ...check.sort(byId)], recipients: residents.size, muted };
}
