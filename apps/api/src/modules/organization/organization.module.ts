import { Global, Module } from '@nestjs/common';
import { OrganizationAdminController } from './organization-admin.controller';
import { OrganizationRepository } from './organization.repository';
import { OrganizationService } from './organization.service';
import { StaffDirectoryRepository } from './staff-directory.repository';

/** Global: every feature names staff and finds the serving agency through StaffDirectoryRepository. */
@Global()
@Module({
  controllers: [OrganizationAdminController],
  providers: [OrganizationRepository, OrganizationService, StaffDirectoryRepository],
  exports: [OrganizationRepository, StaffDirectoryRepository],
})
export class OrganizationModule {}
