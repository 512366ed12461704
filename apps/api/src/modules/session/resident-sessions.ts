import { Injectable } from '@nestjs/common';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { SessionAccounts } from './session-accounts';
import { bearerTokenOf, TokenService } from './token.service';

/**
 * Who a resident's access token speaks for, checked against the database on every request: a resident who no longer
 * exists, or whose tokens were revoked (token version bumped), is nobody.
 */
@Injectable()
export class ResidentSessions {
  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: SessionAccounts,
  ) {}

  /**
   * Null without a token. A token that no longer works (expired, revoked, its resident gone) is a 401, also on routes
   * that anyone may read: the app then renews its session instead of silently reading as a stranger.
   */
  async principalOf(authorization: string | string[] | undefined): Promise<ResidentPrincipal | null> {
    const token = bearerTokenOf(authorization);
    if (!token) return null;
    const claims = this.tokens.verifyResident(token);
    const resident = claims ? await this.accounts.findResidentById(Number(claims.sub)) : null;
    if (!claims || !resident || resident.tokenVersion !== claims.ver) throw new AppException(ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
    return { id: resident.id, openid: resident.openid };
  }
}
