import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { PublishingModule } from '../publishing/publishing.module';
import { PolicyAdminController } from './policy-admin.controller';
import { PolicyController } from './policy.controller';
import { PolicyRepository } from './policy.repository';
import { PolicyService } from './policy.service';

@Module({
  imports: [PublishingModule, CatalogModule],
  controllers: [PolicyController, PolicyAdminController],
  providers: [PolicyRepository, PolicyService],
})
export class PolicyModule {}
