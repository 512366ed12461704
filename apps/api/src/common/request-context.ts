import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Actor, ResidentPrincipal, StaffPrincipal } from './actor';

export interface AuthenticatedRequest extends FastifyRequest {
  staff?: StaffPrincipal;
  resident?: ResidentPrincipal;
}

function clientOf(request: FastifyRequest): { ip: string | null; userAgent: string | null } {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 300) : null };
}

export function actorOf(request: AuthenticatedRequest): Actor {
  const client = clientOf(request);
  if (request.staff) return { type: 'staff', id: request.staff.id, name: request.staff.username, ...client };
  if (request.resident) return { type: 'resident', id: request.resident.id, name: null, ...client };
  return { type: 'system', id: null, name: null, ...client };
}

/** The signed-in staff member (set by StaffAuthGuard). */
export const CurrentStaff = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<AuthenticatedRequest>().staff,
);

/** The signed-in resident (set by ResidentAuthGuard). */
export const CurrentResident = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<AuthenticatedRequest>().resident,
);

/** Who is calling and from where, for the audit log. */
export const RequestActor = createParamDecorator((_: unknown, context: ExecutionContext) =>
  actorOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
