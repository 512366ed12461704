import { HttpException } from '@nestjs/common';
import { ApiErrorBody } from '@govopen/contracts';
import { defaultMessageOf, ErrorCode, statusOf } from './error-code';

export class AppException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly field?: string,
  ) {
    const status = statusOf(code);
    const body: ApiErrorBody = { statusCode: status, code, message: message ?? defaultMessageOf(code) };
    if (field) body.field = field;
    super(body, status);
  }

  static invalid(field: string, message: string): AppException {
    return new AppException(ErrorCode.VALIDATION_FAILED, message, field);
  }

  static notFound(message?: string): AppException {
    return new AppException(ErrorCode.NOT_FOUND, message);
  }
}
