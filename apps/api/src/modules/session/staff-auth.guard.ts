import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { StaffRole } from '@govopen/contracts';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { StaffPrincipal } from '../../common/actor';
import { AuthenticatedRequest } from '../../common/request-context';
import { SessionAccounts } from './session-accounts';
import { bearerTokenOf, TokenService } from './token.service';

const ROLES_KEY = 'govopen:roles';

/** Any one of these roles may call the route; without @Roles any signed-in staff member may. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: SessionAccounts,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const staff = await this.principalOf(request.headers.authorization);
    request.staff = staff;
    const required = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required?.length && !required.some((role) => staff.roles.includes(role))) {
      throw new AppException(ErrorCode.FORBIDDEN);
    }
    return true;
  }

  /** The staff member a bearer token speaks for, read fresh so deactivation and password changes take effect at once. */
  async principalOf(authorization: string | string[] | undefined): Promise<StaffPrincipal> {
    const token = bearerTokenOf(authorization);
    const claims = token ? this.tokens.verifyStaff(token) : null;
    if (!claims) throw new AppException(ErrorCode.UNAUTHENTICATED, '请先登录管理后台');
    const user = await this.accounts.findStaffById(Number(claims.sub));
    if (!user || user.tokenVersion !== claims.ver) {
      throw new AppException(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
    }
    if (!user.active) throw new AppException(ErrorCode.ACCOUNT_DISABLED);
    return { id: user.id, username: user.username, displayName: user.displayName, agencyId: user.agencyId, unitId: user.unitId, roles: user.roles };
  }
}
