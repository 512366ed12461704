import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AuthenticatedRequest } from '../../common/request-context';
import { ResidentSessions } from './resident-sessions';

@Injectable()
export class ResidentAuthGuard implements CanActivate {
  constructor(private readonly sessions: ResidentSessions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const resident = await this.sessions.principalOf(request.headers.authorization);
    if (!resident) throw new AppException(ErrorCode.UNAUTHENTICATED, '请先登录');
    request.resident = resident;
    return true;
  }
}
