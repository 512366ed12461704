import { Global, Module } from '@nestjs/common';
import { AuthAdminController } from './auth-admin.controller';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { ResidentSessions } from '../session/resident-sessions';
import { SessionAccounts } from '../session/session-accounts';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { TokenService } from '../session/token.service';

/** Global so every feature module can guard its routes without importing auth. */
@Global()
@Module({
  controllers: [AuthController, AuthAdminController],
  providers: [
    AuthRepository,
    { provide: SessionAccounts, useExisting: AuthRepository },
    AuthService,
    TokenService,
    ResidentSessions,
    StaffAuthGuard,
    ResidentAuthGuard,
  ],
  exports: [AuthRepository, SessionAccounts, TokenService, ResidentSessions, StaffAuthGuard, ResidentAuthGuard],
})
export class AuthModule {}
