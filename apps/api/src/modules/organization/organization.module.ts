import { Module } from '@nestjs/common';
import { OrganizationAdminController } from './organization-admin.controller';
import { OrganizationRepository } from './organization.repository';
import { OrganizationService } from './organization.service';

@Module({
  controllers: [OrganizationAdminController],
  providers: [OrganizationRepository, OrganizationService],
  exports: [OrganizationRepository],
})
export class OrganizationModule {}
