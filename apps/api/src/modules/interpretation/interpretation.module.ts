import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module';
import { InterpretationAdminController } from './interpretation-admin.controller';
import { InterpretationController } from './interpretation.controller';
import { InterpretationService } from './interpretation.service';

@Module({
  imports: [PublishingModule],
  controllers: [InterpretationController, InterpretationAdminController],
  providers: [InterpretationService],
})
export class InterpretationModule {}
