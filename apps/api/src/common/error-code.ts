import { HttpStatus } from '@nestjs/common';

/** How deep a JSON body may nest: our deepest form is four levels; recursion in the pipes breaks near 10,000. */
export const MAX_JSON_DEPTH = 32;

export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  MALFORMED_JSON = 'MALFORMED_JSON',
  JSON_TOO_DEEP = 'JSON_TOO_DEEP',
  MALFORMED_URL = 'MALFORMED_URL',
  URI_TOO_LONG = 'URI_TOO_LONG',
  HEADERS_TOO_LARGE = 'HEADERS_TOO_LARGE',
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  WECHAT_CODE_INVALID = 'WECHAT_CODE_INVALID',
  WECHAT_UNAVAILABLE = 'WECHAT_UNAVAILABLE',
  CALENDAR_YEAR_MISSING = 'CALENDAR_YEAR_MISSING',
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL = 'INTERNAL',
  /** A push goes out only once a second person approved it. */
  PUSH_NOT_APPROVED = 'PUSH_NOT_APPROVED',
  /** Only a verified member acts for an enterprise (edits, invites, subscriptions, matches). */
  NOT_ENTERPRISE_MEMBER = 'NOT_ENTERPRISE_MEMBER',
}

/** RFC 6585's 431, which Nest's HttpStatus enum does not list. */
const REQUEST_HEADER_FIELDS_TOO_LARGE = 431;

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.VALIDATION_FAILED:
    case ErrorCode.MALFORMED_JSON:
    case ErrorCode.JSON_TOO_DEEP:
    case ErrorCode.MALFORMED_URL:
    case ErrorCode.WEAK_PASSWORD:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.REQUEST_TIMEOUT:
      return HttpStatus.REQUEST_TIMEOUT;
    case ErrorCode.URI_TOO_LONG:
      return HttpStatus.URI_TOO_LONG;
    case ErrorCode.HEADERS_TOO_LARGE:
      return REQUEST_HEADER_FIELDS_TOO_LARGE;
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.INVALID_CREDENTIALS:
    case ErrorCode.WECHAT_CODE_INVALID:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.FORBIDDEN:
    case ErrorCode.ACCOUNT_DISABLED:
    case ErrorCode.NOT_ENTERPRISE_MEMBER:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.CONFLICT:
    case ErrorCode.PUSH_NOT_APPROVED:
      return HttpStatus.CONFLICT;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ErrorCode.CALENDAR_YEAR_MISSING:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.RATE_LIMITED:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.WECHAT_UNAVAILABLE:
      return HttpStatus.BAD_GATEWAY;
    case ErrorCode.INTERNAL:
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}

/** The default Chinese message of each code; a thrower may give a more precise one naming the field. */
export function defaultMessageOf(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.VALIDATION_FAILED:
      return '提交的内容有误';
    case ErrorCode.MALFORMED_JSON:
      return '请求内容不是有效的 JSON';
    case ErrorCode.JSON_TOO_DEEP:
      return `请求内容嵌套层级过深（最多 ${MAX_JSON_DEPTH} 层）`;
    case ErrorCode.MALFORMED_URL:
      return '请求地址格式不正确';
    case ErrorCode.URI_TOO_LONG:
      return '请求地址过长';
    case ErrorCode.HEADERS_TOO_LARGE:
      return '请求头过大';
    case ErrorCode.REQUEST_TIMEOUT:
      return '请求超时，请重试';
    case ErrorCode.UNAUTHENTICATED:
      return '请先登录';
    case ErrorCode.FORBIDDEN:
      return '您没有进行此操作的权限';
    case ErrorCode.NOT_FOUND:
      return '请求的内容不存在';
    case ErrorCode.CONFLICT:
      return '数据已被修改或已存在，请刷新后重试';
    case ErrorCode.INVALID_CREDENTIALS:
      return '用户名或密码错误';
    case ErrorCode.ACCOUNT_DISABLED:
      return '账号已停用，请联系系统管理员';
    case ErrorCode.WEAK_PASSWORD:
      return '密码不符合安全要求';
    case ErrorCode.WECHAT_CODE_INVALID:
      return '微信登录凭证无效或已过期，请重新登录';
    case ErrorCode.WECHAT_UNAVAILABLE:
      return '微信服务暂时无法访问，请稍后重试';
    case ErrorCode.CALENDAR_YEAR_MISSING:
      return '工作日历缺少该年度的节假日安排';
    case ErrorCode.RATE_LIMITED:
      return '操作过于频繁，请稍后再试';
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return '提交的内容过大';
    case ErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return '不支持的文件类型';
    case ErrorCode.INTERNAL:
      return '服务器内部错误，请稍后重试';
    case ErrorCode.PUSH_NOT_APPROVED:
      return '推送尚未经第二人审核通过，不能发送';
    case ErrorCode.NOT_ENTERPRISE_MEMBER:
      return '您还不是该企业的已认证成员，认证通过后才能进行此操作';
  }
}
