import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { consentStateOf, SubscribeResult, voidsUnusedCredits } from '@govopen/domain';
import { DataSource, In } from 'typeorm';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { WechatConsent } from './wechat-consent.entity';

export interface ConsentAnswer {
  templateKind: string;
  templateId: string;
  result: SubscribeResult;
}

export interface ConsentStanding {
  templateId: string;
  credits: number;
  lastResult: SubscribeResult | null;
}

@Injectable()
export class WechatConsentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records one tap's answers together: each acceptance one credit, a ban ends the unused credits of its template. */
  async record(residentId: number, answers: ConsentAnswer[], now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const agencyId = (await servingAgencyId(manager)) ?? 0;
      const consents = manager.getRepository(WechatConsent);
      for (const answer of answers) {
        if (voidsUnusedCredits(answer.result)) await consents.update({ residentId, templateId: answer.templateId, state: 'available' }, { state: 'gone' });
        await consents.insert({
          agencyId,
          residentId,
          templateKind: answer.templateKind,
          templateId: answer.templateId,
          result: answer.result,
          state: consentStateOf(answer.result),
          createdAt: now,
          usedAt: null,
        });
      }
    });
  }

  /** Unused credits and the latest answer per template id. */
  async standing(residentId: number, templateIds: string[]): Promise<ConsentStanding[]> {
    if (!templateIds.length) return [];
    const rows = await this.dataSource.getRepository(WechatConsent).find({ where: { residentId, templateId: In(templateIds) }, order: { id: 'ASC' } });
    return templateIds.map((templateId) => {
      const mine = rows.filter((row) => row.templateId === templateId);
      return {
        templateId,
        credits: mine.filter((row) => row.state === 'available').length,
        lastResult: (mine.at(-1)?.result as SubscribeResult | undefined) ?? null,
      };
    });
  }
}
