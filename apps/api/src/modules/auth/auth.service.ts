import { Inject, Injectable } from '@nestjs/common';
import { AuthOptions, ResidentProfile, StaffProfile } from '@govopen/contracts';
import { checkPasswordPolicy } from '@govopen/domain';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { WechatClient, WechatRejectedError } from '../../wechat/wechat.client';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import { hashPassword, verifyPassword } from './password-hasher';
import { TokenService } from './token.service';

/** After this many wrong passwords in a row the account locks for LOCK_MINUTES (等保: 登录失败处理). */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;


function formatChinaTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

@Injectable()
export class AuthService {
  // Verifying against a real hash when the username is unknown keeps the timing of both answers alike.
  private readonly dummyHash = hashPassword('govopen-timing-equaliser');

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authRepository: AuthRepository,
    private readonly tokens: TokenService,
    private readonly wechat: WechatClient,
    private readonly audit: AuditService,
  ) {}

  options(): AuthOptions {
    return { devLogin: this.config.devLoginEnabled };
  }

  async loginStaff(username: string, password: string, actor: Actor): Promise<string> {
    const now = this.clock.now();
    const user = await this.authRepository.findStaffByUsername(username);
    if (!user) {
      await verifyPassword(await this.dummyHash, password);
      await this.audit.record({ ...actor, name: username.slice(0, 40) }, { action: 'staff.login.failed', detail: '用户名不存在' });
      throw new AppException(ErrorCode.INVALID_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new AppException(
        ErrorCode.ACCOUNT_LOCKED,
        `登录失败次数过多，账号已锁定至 ${formatChinaTime(user.lockedUntil)}，请稍后再试或联系系统管理员解锁`,
      );
    }
    const userActor: Actor = { ...actor, type: 'staff', id: user.id, name: user.username };
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.authRepository.transaction(async (manager) => {
        const fresh = await this.authRepository.findStaffByUsername(username, manager);
        if (!fresh) return;
        fresh.failedLogins += 1;
        const locking = fresh.failedLogins >= MAX_FAILED_LOGINS;
        if (locking) {
          fresh.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
          fresh.failedLogins = 0;
        }
        await this.authRepository.saveStaff(fresh, manager);
        await this.audit.record(
          userActor,
          { action: locking ? 'staff.login.locked' : 'staff.login.failed', targetType: 'staff_user', targetId: user.id },
          manager,
        );
      });
      throw new AppException(ErrorCode.INVALID_CREDENTIALS);
    }
    if (!user.active) throw new AppException(ErrorCode.ACCOUNT_DISABLED);
    await this.authRepository.transaction(async (manager) => {
      user.failedLogins = 0;
      user.lockedUntil = null;
      user.lastLoginAt = now;
      await this.authRepository.saveStaff(user, manager);
      await this.audit.record(userActor, { action: 'staff.login', targetType: 'staff_user', targetId: user.id }, manager);
    });
    return this.tokens.signStaff(user.id, user.tokenVersion);
  }

  async staffProfile(principal: StaffPrincipal): Promise<StaffProfile> {
    return {
      id: principal.id,
      username: principal.username,
      displayName: principal.displayName,
      unitId: principal.unitId,
      unitName: await this.authRepository.findUnitName(principal.unitId),
      agencyName: await this.authRepository.findAgencyName(principal.agencyId),
      roles: principal.roles,
    };
  }

  async changePassword(principal: StaffPrincipal, currentPassword: string, newPassword: string, actor: Actor): Promise<void> {
    const user = await this.authRepository.findStaffById(principal.id);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppException(ErrorCode.INVALID_CREDENTIALS, '当前密码错误', 'currentPassword');
    }
    const problem = checkPasswordPolicy(newPassword, user.username);
    if (problem) throw new AppException(ErrorCode.WEAK_PASSWORD, problem, 'newPassword');
    user.passwordHash = await hashPassword(newPassword);
    user.tokenVersion += 1;
    await this.authRepository.transaction(async (manager) => {
      await this.authRepository.saveStaff(user, manager);
      await this.audit.record(actor, { action: 'staff.password.change', targetType: 'staff_user', targetId: user.id }, manager);
    });
  }

  async loginWechat(code: string): Promise<string> {
    const now = this.clock.now();
    try {
      const session = await this.wechat.code2Session(code);
      const resident = await this.authRepository.upsertResident(session.openid, session.unionid, now);
      return this.tokens.signResident(resident.id, resident.openid);
    } catch (error) {
      if (error instanceof WechatRejectedError) throw new AppException(ErrorCode.WECHAT_CODE_INVALID, undefined, 'code');
      if (error instanceof AppException) throw error;
      throw new AppException(ErrorCode.WECHAT_UNAVAILABLE);
    }
  }

  /** The H5 build's stand-in for wx.login; the route answers 404 unless config enables it. */
  async loginDev(openid: string): Promise<string> {
    const now = this.clock.now();
    if (!this.config.devLoginEnabled) throw AppException.notFound('接口不存在或内容不存在');
    const resident = await this.authRepository.upsertResident(`dev:${openid}`, null, now);
    return this.tokens.signResident(resident.id, resident.openid);
  }

  async residentProfile(principal: ResidentPrincipal): Promise<ResidentProfile> {
    const resident = await this.authRepository.findResidentById(principal.id);
    if (!resident) throw new AppException(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
    return { id: resident.id, nickname: resident.nickname, createdAt: resident.createdAt.toISOString() };
  }
}
