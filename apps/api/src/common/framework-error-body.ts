import { ApiErrorBody } from '@govopen/contracts';
import { defaultMessageOf, ErrorCode } from './error-code';

const BY_STATUS: Partial<Record<number, ErrorCode>> = {
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  408: ErrorCode.REQUEST_TIMEOUT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  414: ErrorCode.URI_TOO_LONG,
  429: ErrorCode.RATE_LIMITED,
  431: ErrorCode.HEADERS_TOO_LARGE,
};

/**
 * The answer to a 4xx raised outside our code — by Fastify (body parsing, limits, the router), by Node's HTTP parser,
 * by @fastify/static — in our error shape and in Chinese. Their own messages are English and often quote the path
 * or the body, so none of their words are passed on: only the status and, for a few FST_ codes, what it means.
 */
export function frameworkErrorBody(status: number, fastifyCode?: unknown, cause?: unknown): ApiErrorBody {
  const body = (code: ErrorCode, message = defaultMessageOf(code)): ApiErrorBody => ({ statusCode: status, code, message });
  if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return body(ErrorCode.VALIDATION_FAILED, '请求内容类型不受支持，请使用 application/json');
  if (fastifyCode === 'FST_ERR_BAD_URL') return body(ErrorCode.MALFORMED_URL);
  if (status === 400 && (cause instanceof SyntaxError || (typeof fastifyCode === 'string' && fastifyCode.startsWith('FST_ERR_CTP_')))) {
    return body(ErrorCode.MALFORMED_JSON);
  }
  const code = BY_STATUS[status];
  if (code) return body(code, status === 404 ? '接口不存在或内容不存在' : undefined);
  return body(ErrorCode.VALIDATION_FAILED, '请求格式不正确，无法处理');
}
