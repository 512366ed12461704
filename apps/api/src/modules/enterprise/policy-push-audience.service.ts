import { Injectable } from '@nestjs/common';
import { PolicyPushAudience } from '@govopen/contracts';
import { chinaDateOf } from '@govopen/domain';
import { Clock } from '../../common/clock';
import { profileOfEnterprise } from './enterprise-facts';
import { factsOf } from './enterprise.mapper';
import { EnterpriseRepository } from './enterprise.repository';
import { PolicyBenefit } from './policy-benefit.entity';
import { PushAudience, selectPushAudience } from './select-push-audience';

const SAMPLE_SIZE = 20;

/** Who a push of an item would reach today: the agency's verified enterprises matched against the item's conditions. */
@Injectable()
export class PolicyPushAudienceService {
  constructor(
    private readonly enterprises: EnterpriseRepository,
    private readonly clock: Clock,
  ) {}

  async select(agencyId: number, benefit: PolicyBenefit, includeCheck: boolean): Promise<PushAudience> {
    const verified = await this.enterprises.verifiedEnterprises(agencyId);
    const candidates = verified.map(({ enterprise, residentIds }) => ({
      enterpriseId: enterprise.id,
      name: enterprise.name,
      district: enterprise.district,
      profile: profileOfEnterprise(factsOf(enterprise)),
      topics: enterprise.topics,
      muted: enterprise.muted,
      residentIds,
    }));
    return selectPushAudience(candidates, { conditions: benefit.conditions, topics: benefit.topics, includeCheck, today: chinaDateOf(this.clock.now()) });
  }

  async preview(agencyId: number, benefit: PolicyBenefit, includeCheck: boolean): Promise<PolicyPushAudience> {
    return toAudienceView(await this.select(agencyId, benefit, includeCheck));
  }
}

export function toAudienceView(audience: PushAudience): PolicyPushAudience {
  return {
    enterprises: audience.entries.length,
    recipients: audience.recipients,
    yes: audience.entries.filter((entry) => entry.verdict === 'yes').length,
    check: audience.entries.filter((entry) => entry.verdict === 'check').length,
    muted: audience.muted,
    sample: audience.entries.slice(0, SAMPLE_SIZE).map((entry) => ({
      enterpriseId: entry.enterpriseId,
      enterpriseName: entry.name,
      district: entry.district,
      verdict: entry.verdict,
      reasons: entry.reasons,
      viaTopic: entry.viaTopic,
      members: entry.residentIds.length,
    })),
  };
}
