import { Inject, Injectable } from '@nestjs/common';
import { RecordSubscriptions, SubscriptionSettings } from '@govopen/contracts';
import { SUBSCRIBE_RESULTS, SUBSCRIBE_TEMPLATE_KINDS, SUBSCRIBE_TEMPLATE_LAYOUTS, SubscribeResult, SubscribeTemplateKind } from '@govopen/domain';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { WechatClient } from '../../wechat/wechat.client';
import { ConsentAnswer, WechatConsentRepository } from './wechat-consent.repository';

/** The consent ledger as residents use it: record a tap's answers, and say what they will be told and how. */
@Injectable()
export class WechatSubscriptionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly consents: WechatConsentRepository,
    private readonly wechat: WechatClient,
    private readonly clock: Clock,
  ) {}

  async record(resident: ResidentPrincipal, body: RecordSubscriptions): Promise<SubscriptionSettings> {
    const kindOfTemplate = new Map(Object.entries(this.config.wechat.subscribeTemplates).map(([kind, id]) => [id, kind]));
    const entries = Object.entries(body.results);
    // wx.requestSubscribeMessage takes at most 3 ids per tap; its answer also carries errMsg, which the app leaves out.
    if (!entries.length || entries.length > 3) throw AppException.invalid('results', 'results 应包含 1 至 3 个模板的订阅结果');
    const answers: ConsentAnswer[] = entries.map(([templateId, result]) => {
      const templateKind = kindOfTemplate.get(templateId);
      if (!templateKind) throw AppException.invalid('results', `模板 ${templateId.slice(0, 64)} 不是本小程序配置的订阅消息模板`);
      if (!(SUBSCRIBE_RESULTS as readonly string[]).includes(result)) throw AppException.invalid('results', `模板 ${templateId} 的订阅结果应为 accept、reject、ban 或 filter`);
      return { templateKind, templateId, result: result as SubscribeResult };
    });
    await this.consents.record(resident.id, answers, this.clock.now());
    return this.settings(resident);
  }

  async settings(resident: ResidentPrincipal): Promise<SubscriptionSettings> {
    const templates = this.config.wechat.subscribeTemplates;
    const standing = await this.consents.standing(resident.id, Object.values(templates));
    return {
      // An H5 dev sign-in has no WeChat account to write to, whatever the deployment has configured.
      wechatAvailable: this.wechat.subscribeAvailable && !resident.openid.startsWith('dev:'),
      kinds: SUBSCRIBE_TEMPLATE_KINDS.map((kind: SubscribeTemplateKind) => {
        const templateId = templates[kind] ?? null;
        const mine = standing.find((entry) => entry.templateId === templateId);
        return {
          kind,
          label: SUBSCRIBE_TEMPLATE_LAYOUTS[kind].label,
          description: SUBSCRIBE_TEMPLATE_LAYOUTS[kind].description,
          templateId,
          credits: mine?.credits ?? 0,
          lastResult: mine?.lastResult ?? null,
        };
      }),
    };
  }
}
