import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PersonalDataAdminController } from './personal-data-admin.controller';
import { PersonalDataRotationService } from './personal-data-rotation.service';
import { PersonalDataRepository } from './personal-data.repository';

@Module({
  imports: [AuditModule],
  controllers: [PersonalDataAdminController],
  providers: [PersonalDataRepository, PersonalDataRotationService],
})
export class PersonalDataModule {}
