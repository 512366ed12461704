import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppException } from './app-exception';

function firstError(errors: ValidationError[], parent = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = !parent ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    if (error.constraints) {
      // whitelist rejections come first from class-validator; give them a Chinese sentence of their own.
      if (error.constraints.whitelistValidation) return { field, message: `不支持的字段：${field}` };
      const message = Object.values(error.constraints)[0];
      // A decorator left without a Chinese message must still not leak class-validator's English.
      return { field, message: /[\u4e00-\u9fff]/.test(message) ? message : `字段 ${field} 的值无效` };
    }
    const nested = firstError(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** class-validator on every input; the first failure becomes a 400 naming the field, in Chinese. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const error = firstError(errors);
      return AppException.invalid(error?.field ?? 'body', error?.message ?? '提交的内容有误');
    },
  });
}
