import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { defaultMessageOf, ErrorCode } from './error-code';
import { frameworkErrorBody } from './framework-error-body';

/**
 * Fastify's `frameworkErrors` option: the router's own refusals (a path that is not valid percent-encoding, a path
 * parameter over maxParamLength → 414) answered in our shape and in Chinese; Fastify's default quotes the path.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  const body = status < 500 ? frameworkErrorBody(status, error.code) : { statusCode: 500, code: ErrorCode.INTERNAL, message: defaultMessageOf(ErrorCode.INTERNAL) };
  void reply.code(body.statusCode).send(body);
}
