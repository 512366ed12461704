import { Global, Module } from '@nestjs/common';
import { PolicyInterpretations } from '../policy/policy-interpretations';
import { PublishingModule } from '../publishing/publishing.module';
import { InterpretationAdminController } from './interpretation-admin.controller';
import { InterpretationController } from './interpretation.controller';
import { InterpretationRepository } from './interpretation.repository';
import { InterpretationService } from './interpretation.service';

/** Global: it provides the PolicyInterpretations the policy views read, without policies importing this module. */
@Global()
@Module({
  imports: [PublishingModule],
  controllers: [InterpretationController, InterpretationAdminController],
  providers: [InterpretationRepository, InterpretationService, { provide: PolicyInterpretations, useExisting: InterpretationService }],
  exports: [PolicyInterpretations],
})
export class InterpretationModule {}
