import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AuthenticatedRequest } from '../../common/request-context';
import { bearerTokenOf, TokenService } from './token.service';

@Injectable()
export class ResidentAuthGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerTokenOf(request.headers.authorization);
    const claims = token ? this.tokens.verifyResident(token) : null;
    if (!claims) throw new AppException(ErrorCode.UNAUTHENTICATED, '请先登录');
    request.resident = { id: Number(claims.sub), openid: claims.openid };
    return true;
  }
}
