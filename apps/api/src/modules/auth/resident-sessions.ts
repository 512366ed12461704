import { Injectable } from '@nestjs/common';
import { ResidentPrincipal } from '../../common/actor';
import { AuthRepository } from './auth.repository';
import { bearerTokenOf, TokenService } from './token.service';

/**
 * Who a resident's access token speaks for, checked against the database on every request: a resident who no longer
 * exists, or whose tokens were revoked (token version bumped), is nobody.
 */
@Injectable()
export class ResidentSessions {
  constructor(
    private readonly tokens: TokenService,
    private readonly repository: AuthRepository,
  ) {}

  async principalOf(authorization: string | string[] | undefined): Promise<ResidentPrincipal | null> {
    const token = bearerTokenOf(authorization);
    const claims = token ? this.tokens.verifyResident(token) : null;
    if (!claims) return null;
    const resident = await this.repository.findResidentById(Number(claims.sub));
    if (!resident || resident.tokenVersion !== claims.ver) return null;
    return { id: resident.id, openid: resident.openid };
  }
}
