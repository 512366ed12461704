import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthOptions, ResidentProfile, ResidentTokenResponse } from '@govopen/contracts';
import { ResidentPrincipal } from '../../common/actor';
import { CurrentResident } from '../../common/request-context';
import { AuthService } from './auth.service';
import { LoginDevDto } from './dto/login-dev.dto';
import { LoginWechatDto } from './dto/login-wechat.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { ApiErrors } from '../../openapi/api-errors';

@ApiTags('居民登录')
@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @ApiOperation({ summary: '可用的登录方式' })
  @Get('options')
  options(): AuthOptions {
    return this.authService.options();
  }

  @ApiOperation({ summary: '微信登录' })
  @Post('wechat')
  @ApiErrors(401, 502)
  @HttpCode(200)
  @RateLimit('signIn')
  loginWechat(@Body() body: LoginWechatDto): Promise<ResidentTokenResponse> {
    return this.authService.loginWechat(body.code);
  }

  @ApiOperation({ summary: '开发环境登录（H5 调试用）' })
  @Post('dev-login')
  @HttpCode(200)
  @RateLimit('signIn')
  loginDev(@Body() body: LoginDevDto): Promise<ResidentTokenResponse> {
    return this.authService.loginDev(body.openid);
  }

  /** A new access token (and refresh token) for a refresh token: the app calls it when its access token expires. */
  @ApiOperation({ summary: '刷新登录凭证' })
  @Post('refresh')
  @ApiErrors(401)
  @HttpCode(200)
  @RateLimit('signIn')
  refresh(@Body() body: RefreshTokenDto): Promise<ResidentTokenResponse> {
    return this.authService.refreshResident(body.refreshToken);
  }

  /** Signs the resident out everywhere: every token issued so far stops working. */
  @ApiOperation({ summary: '退出所有设备的登录' })
  @Post('sessions/revoke')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  async revoke(@CurrentResident() resident: ResidentPrincipal): Promise<void> {
    await this.authService.revokeResidentSessions(resident);
  }

  @ApiOperation({ summary: '当前居民信息' })
  @Get('me')
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  me(@CurrentResident() resident: ResidentPrincipal): Promise<ResidentProfile> {
    return this.authService.residentProfile(resident);
  }
}
