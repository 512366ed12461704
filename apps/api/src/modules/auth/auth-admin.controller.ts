import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffProfile, TokenResponse } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginStaffDto } from './dto/login-staff.dto';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { ApiErrors } from '../../openapi/api-errors';

@ApiTags('工作人员登录')
@Controller('admin/auth')
export class AuthAdminController {
  constructor(private readonly authService: AuthService) {}

  @ApiOperation({ summary: '工作人员登录' })
  @Post('login')
  @ApiErrors(401, 403)
  @HttpCode(200)
  @RateLimit('signIn')
  async login(@Body() body: LoginStaffDto, @RequestActor() actor: Actor): Promise<TokenResponse> {
    return { token: await this.authService.loginStaff(body.username, body.password, actor) };
  }

  @ApiOperation({ summary: '当前工作人员信息' })
  @Get('me')
  @ApiBearerAuth()
  @UseGuards(StaffAuthGuard)
  me(@CurrentStaff() staff: StaffPrincipal): Promise<StaffProfile> {
    return this.authService.staffProfile(staff);
  }

  @ApiOperation({ summary: '修改本人登录密码' })
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
