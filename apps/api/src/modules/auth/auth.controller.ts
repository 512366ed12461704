import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthOptions, ResidentProfile, TokenResponse } from '@govopen/contracts';
import { ResidentPrincipal } from '../../common/actor';
import { CurrentResident } from '../../common/request-context';
import { AuthService } from './auth.service';
import { LoginDevDto } from './dto/login-dev.dto';
import { LoginWechatDto } from './dto/login-wechat.dto';
import { ResidentAuthGuard } from './resident-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';

@ApiTags('居民登录')
@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Get('options')
  options(): AuthOptions {
    return this.authService.options();
  }

  @Post('wechat')
  @HttpCode(200)
  @RateLimit('signIn')
  async loginWechat(@Body() body: LoginWechatDto): Promise<TokenResponse> {
    return { token: await this.authService.loginWechat(body.code) };
  }

  @Post('dev-login')
  @HttpCode(200)
  @RateLimit('signIn')
  async loginDev(@Body() body: LoginDevDto): Promise<TokenResponse> {
    return { token: await this.authService.loginDev(body.openid) };
  }

  @Get('me')
  @ApiBearerAuth()
  @UseGuards(ResidentAuthGuard)
  me(@CurrentResident() resident: ResidentPrincipal): Promise<ResidentProfile> {
    return this.authService.residentProfile(resident);
  }
}
