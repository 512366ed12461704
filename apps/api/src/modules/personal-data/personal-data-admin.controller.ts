import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PersonalDataReencryptionRun, StaffRole } from '@govopen/contracts';
import { Actor } from '../../common/actor';
import { RequestActor } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { PersonalDataRotationService } from './personal-data-rotation.service';

@ApiTags('系统')
@ApiBearerAuth()
@Controller('admin/personal-data')
@UseGuards(StaffAuthGuard)
export class PersonalDataAdminController {
  constructor(
    private readonly rotation: PersonalDataRotationService,
    private readonly audit: AuditService,
  ) {}

  /** Runs one batch of re-encryption now (the timer does the same); `remaining` says when the old key can go. */
  @ApiOperation({ summary: '个人信息按新密钥重新加密（一批）' })
  @Post('reencrypt')
  @HttpCode(200)
  @Roles(StaffRole.SYSTEM_ADMIN)
  async reencrypt(@RequestActor() actor: Actor): Promise<PersonalDataReencryptionRun> {
    const run = await this.rotation.run();
    await this.audit.record(actor, { action: 'personal_data.reencrypt', targetType: 'system', detail: `重新加密 ${run.reencrypted} 项，剩余 ${run.remaining} 行` });
    return run;
  }
}
