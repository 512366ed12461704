import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module';
import { SearchModule } from '../search/search.module';
import { PolicyAdminController } from './policy-admin.controller';
import { PolicyController } from './policy.controller';
import { PolicyService } from './policy.service';

@Module({
  imports: [PublishingModule, SearchModule],
  controllers: [PolicyController, PolicyAdminController],
  providers: [PolicyService],
})
export class PolicyModule {}
