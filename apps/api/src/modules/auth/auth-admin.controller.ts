import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { StaffProfile, TokenResponse } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginStaffDto } from './dto/login-staff.dto';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';

@ApiTags('工作人员登录')
@Controller('admin/auth')
export class AuthAdminController {
  constructor(private readonly authService: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @RateLimit('signIn')
  async login(@Body() body: LoginStaffDto, @RequestActor() actor: Actor): Promise<TokenResponse> {
    return { token: await this.authService.loginStaff(body.username, body.password, actor) };
  }

  @Get('me')
  @ApiBearerAuth()
  @UseGuards(StaffAuthGuard)
  me(@CurrentStaff() staff: StaffPrincipal): Promise<StaffProfile> {
    return this.authService.staffProfile(staff);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(StaffAuthGuard)
  async changePassword(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: ChangePasswordDto,
    @RequestActor() actor: Actor,
  ): Promise<void> {
    await this.authService.changePassword(staff, body.currentPassword, body.newPassword, actor);
  }
}
