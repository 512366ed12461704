import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiErrorBody } from '@govopen/contracts';
import { LegalRefusal } from '@govopen/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from './app-exception';
import { defaultMessageOf, ErrorCode } from './error-code';
import { frameworkErrorBody } from './framework-error-body';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Every error leaves as an ApiErrorBody with a Chinese message. Nothing of a stack trace, a SQL statement or a
 * library's English message reaches the caller; unexpected errors are logged here with their stack instead.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toBody(exception, request);
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ApiErrorBody {
    if (exception instanceof AppException) return exception.getResponse() as ApiErrorBody;
    // The domain refuses what the law forbids; its code names the rule and its message the article.
    if (exception instanceof LegalRefusal) {
      return { statusCode: HttpStatus.CONFLICT, code: exception.code, message: exception.message, article: exception.article };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // The platform adapter reports an unparsable body as a plain 400 whose message mentions JSON.
      if (status === HttpStatus.BAD_REQUEST && /JSON/.test(JSON.stringify(exception.getResponse()))) {
        return { statusCode: status, code: ErrorCode.MALFORMED_JSON, message: defaultMessageOf(ErrorCode.MALFORMED_JSON) };
      }
      const code = STATUS_CODES[status];
      if (code) {
        const message = status === HttpStatus.NOT_FOUND ? '接口不存在或内容不存在' : defaultMessageOf(code);
        return { statusCode: status, code, message };
      }
    }
    // Errors raised before our code runs (Fastify's body parsing and limits, @fastify/static refusing a path) carry
    // a 4xx statusCode (or status) and often an FST_ code; their English messages are not passed on.
    const raised = exception as { statusCode?: unknown; status?: unknown; code?: unknown } | null;
    const status = typeof raised?.statusCode === 'number' ? raised.statusCode : typeof raised?.status === 'number' ? raised.status : undefined;
    if (status !== undefined && status >= 400 && status < 500) return frameworkErrorBody(status, raised?.code, exception);
    this.logger.error(`${request.method} ${request.url.split('?')[0]}: ${(exception as Error)?.stack ?? String(exception)}`);
    return { statusCode: 500, code: ErrorCode.INTERNAL, message: defaultMessageOf(ErrorCode.INTERNAL) };
  }
}
