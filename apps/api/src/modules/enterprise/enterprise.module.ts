import { Module } from '@nestjs/common';
import { EnterpriseAdminController } from './enterprise-admin.controller';
import { EnterpriseBindingService } from './enterprise-binding.service';
import { EnterpriseController, EnterpriseOptionsController } from './enterprise.controller';
import { EnterpriseMembershipService } from './enterprise-membership.service';
import { EnterpriseProfileService } from './enterprise-profile.service';
import { EnterpriseRepository } from './enterprise.repository';
import { PolicyBenefitAdminController, PolicyBenefitController } from './policy-benefit.controller';
import { PolicyBenefitRepository } from './policy-benefit.repository';
import { PolicyBenefitService } from './policy-benefit.service';
import { PolicyPushAudienceService } from './policy-push-audience.service';
import { PolicyPushAdminController, PolicyPushController } from './policy-push.controller';
import { PolicyPushRepository } from './policy-push.repository';
import { PolicyPushSender } from './policy-push-sender.service';
import { PolicyPushService } from './policy-push.service';

/** 企业服务: profiles and members, 惠企政策 items and the 政策计算器, targeted pushes. */
@Module({
  controllers: [EnterpriseOptionsController, EnterpriseController, EnterpriseAdminController, PolicyBenefitController, PolicyBenefitAdminController, PolicyPushAdminController, PolicyPushController],
  providers: [
    EnterpriseRepository,
    EnterpriseBindingService,
    EnterpriseProfileService,
    EnterpriseMembershipService,
    PolicyBenefitRepository,
    PolicyBenefitService,
    PolicyPushRepository,
    PolicyPushAudienceService,
    PolicyPushService,
    PolicyPushSender,
  ],
})
export class EnterpriseModule {}
