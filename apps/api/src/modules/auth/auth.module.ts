import { Global, Module } from '@nestjs/common';
import { AuthAdminController } from './auth-admin.controller';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { ResidentAuthGuard } from './resident-auth.guard';
import { ResidentSessions } from './resident-sessions';
import { StaffAuthGuard } from './staff-auth.guard';
import { TokenService } from './token.service';

/** Global so every feature module can guard its routes without importing auth. */
@Global()
@Module({
  controllers: [AuthController, AuthAdminController],
  providers: [AuthRepository, AuthService, TokenService, ResidentSessions, StaffAuthGuard, ResidentAuthGuard],
  exports: [AuthRepository, TokenService, ResidentSessions, StaffAuthGuard, ResidentAuthGuard],
})
export class AuthModule {}
