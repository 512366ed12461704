import { Inject, Injectable } from '@nestjs/common';
import { AuthOptions, ResidentProfile, StaffProfile } from '@govopen/contracts';
import { checkPasswordPolicy, chinaTimeOf, signInDelaySeconds } from '@govopen/domain';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { WechatClient, WechatRejectedError } from '../../wechat/wechat.client';
import { AuditService } from '../audit/audit.service';
import { RateLimitRepository } from '../rate-limit/rate-limit.repository';
import { AuthRepository } from './auth.repository';
import { hashPassword, verifyPassword } from '../../common/password-hasher';
import { ResidentTokenPair, TokenService } from '../session/token.service';

/** Failed sign-in audit rows per client address and window: a flood is recorded, not copied into the log. */
const AUDITED_FAILURES_PER_CLIENT = 20;
const AUDIT_WINDOW_MS = 15 * 60_000;

/** A name typed at the sign-in box, safe to store: control characters (NUL included) escaped, length capped. */
export function auditableName(typed: string): string {
  // eslint-disable-next-line no-control-regex
  return typed.slice(0, 40).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
    private readonly counters: RateLimitRepository,
  ) {}

  options(): AuthOptions {
    return { devLogin: this.config.devLoginEnabled };
  }

  /**
   * Staff sign-in (policy in README "Sign-in"). An unknown name, a wrong password and an account in its wait answer
   * alike (401, same work done), so the answer tells nothing about which accounts exist. Each failure in a row makes
   * the account wait longer (signInDelaySeconds, at most 15 minutes) — never a lock a stranger can keep up; the
   * client address is limited separately (RateLimit 'signIn').
   */
  async loginStaff(username: string, password: string, actor: Actor): Promise<string> {
    const now = this.clock.now();
    const user = await this.authRepository.findStaffByUsername(username);
    const refuse = async (detail: string, target?: { id: number; name: string }): Promise<never> => {
      await this.auditFailure(target ? { ...actor, type: 'staff', id: target.id, name: target.name } : { ...actor, name: auditableName(username) }, detail, target?.id);
      throw new AppException(ErrorCode.INVALID_CREDENTIALS);
    };
    if (!user) {
      await verifyPassword(await this.dummyHash, password);
      return refuse('用户名不存在');
    }
    const target = { id: user.id, name: user.username };
    if (user.lockedUntil && user.lockedUntil > now) {
      await verifyPassword(await this.dummyHash, password);
      return refuse(`等待期内的尝试（连续失败 ${user.failedLogins} 次，${chinaTimeOf(user.lockedUntil)} 前不受理）`, target);
    }
    const wait = signInDelaySeconds(user.failedLogins + 1);
    const nextAttemptAt = wait ? new Date(now.getTime() + wait * 1000) : null;
    if (!(await this.authRepository.reserveSignInAttempt(user.id, user.failedLogins, nextAttemptAt))) {
      await verifyPassword(await this.dummyHash, password);
      return refuse('与其他登录尝试同时到达，未受理', target);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      return refuse(`密码错误（连续失败 ${user.failedLogins + 1} 次${nextAttemptAt ? `，${chinaTimeOf(nextAttemptAt)} 前不再受理` : ''}）`, target);
    }
    if (!user.active) throw new AppException(ErrorCode.ACCOUNT_DISABLED);
    const userActor: Actor = { ...actor, type: 'staff', id: user.id, name: user.username };
    await this.authRepository.transaction(async (manager) => {
      const fresh = (await this.authRepository.findStaffByUsername(username, manager))!;
      fresh.failedLogins = 0;
      fresh.lockedUntil = null;
      fresh.lastLoginAt = now;
      await this.authRepository.saveStaff(fresh, manager);
      await this.audit.record(userActor, { action: 'staff.login', targetType: 'staff_user', targetId: user.id }, manager);
    });
    return this.tokens.signStaff(user.id, user.tokenVersion);
  }

  /** Records a failed sign-in, at most AUDITED_FAILURES_PER_CLIENT per client address in a window. */
  private async auditFailure(actor: Actor, detail: string, targetId?: number): Promise<void> {
    const now = this.clock.now().getTime();
    const { hits } = await this.counters.hit(`audit:staff.login.failed:${actor.ip ?? 'unknown'}`, AUDIT_WINDOW_MS, now);
    if (hits > AUDITED_FAILURES_PER_CLIENT + 1) return;
    const flood = hits === AUDITED_FAILURES_PER_CLIENT + 1;
    await this.audit.record(actor, {
      action: 'staff.login.failed',
      ...(targetId === undefined ? {} : { targetType: 'staff_user', targetId }),
      detail: flood ? `该地址 15 分钟内登录失败超过 ${AUDITED_FAILURES_PER_CLIENT} 次，其后的失败不再逐条记录` : detail,
    });
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

  async loginWechat(code: string): Promise<ResidentTokenPair> {
    const now = this.clock.now();
    try {
      const session = await this.wechat.code2Session(code);
      const resident = await this.authRepository.upsertResident(session.openid, session.unionid, now);
      return this.tokens.signResident(resident.id, resident.openid, resident.tokenVersion);
    } catch (error) {
      if (error instanceof WechatRejectedError) throw new AppException(ErrorCode.WECHAT_CODE_INVALID, undefined, 'code');
      if (error instanceof AppException) throw error;
      throw new AppException(ErrorCode.WECHAT_UNAVAILABLE);
    }
  }

  /** The H5 build's stand-in for wx.login; the route answers 404 unless config enables it. */
  async loginDev(openid: string): Promise<ResidentTokenPair> {
    const now = this.clock.now();
    if (!this.config.devLoginEnabled) throw AppException.notFound('接口不存在或内容不存在');
    const resident = await this.authRepository.upsertResident(`dev:${openid}`, null, now);
    return this.tokens.signResident(resident.id, resident.openid, resident.tokenVersion);
  }

  /** A new pair for a refresh token that is valid, unrevoked and whose resident still exists. */
  async refreshResident(refreshToken: string): Promise<ResidentTokenPair> {
    const claims = this.tokens.verifyResidentRefresh(refreshToken);
    const resident = claims ? await this.authRepository.findResidentById(Number(claims.sub)) : null;
    if (!claims || !resident || resident.tokenVersion !== claims.ver) {
      throw new AppException(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录', 'refreshToken');
    }
    return this.tokens.signResident(resident.id, resident.openid, resident.tokenVersion);
  }

  /** Ends every session of the resident (a lost phone): all access and refresh tokens stop working at once. */
  async revokeResidentSessions(principal: ResidentPrincipal): Promise<void> {
    await this.authRepository.bumpResidentTokenVersion(principal.id);
  }

  async residentProfile(principal: ResidentPrincipal): Promise<ResidentProfile> {
    const resident = await this.authRepository.findResidentById(principal.id);
    if (!resident) throw new AppException(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
    return { id: resident.id, nickname: resident.nickname, createdAt: resident.createdAt.toISOString() };
  }
}
