import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiErrorBody } from '@govopen/contracts';
import { LegalRefusal } from '@govopen/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from './app-exception';
import { defaultMessageOf, ErrorCode } from './error-code';

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
    // Fastify's own errors (body parsing, size limits) carry a statusCode and an FST_ code.
    const fastifyError = exception as { statusCode?: number; code?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
      if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return { statusCode: 415, code: ErrorCode.VALIDATION_FAILED, message: '请求内容类型不受支持，请使用 application/json' };
      }
      if (fastifyError.statusCode === 413) {
        return { statusCode: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: defaultMessageOf(ErrorCode.PAYLOAD_TOO_LARGE) };
      }
      if (fastifyError.statusCode === 400) {
        return { statusCode: 400, code: ErrorCode.MALFORMED_JSON, message: defaultMessageOf(ErrorCode.MALFORMED_JSON) };
      }
    }
    this.logger.error(`${request.method} ${request.url.split('?')[0]}: ${(exception as Error)?.stack ?? String(exception)}`);
    return { statusCode: 500, code: ErrorCode.INTERNAL, message: defaultMessageOf(ErrorCode.INTERNAL) };
  }
}
