import { Global, Module } from '@nestjs/common';
import { AuditAdminController } from './audit-admin.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditAdminController],
  providers: [AuditRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
