import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
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

/**
 * A repeated query key (?q=a&q=b) arrives as an array where every reader of ours expects one string: `@Query('q')`
 * would hand the array to code calling string methods on it. No route reads a list from the query string, so a
 * repeated key is refused wherever it appears, naming it.
 */
function refuseRepeatedKeys(value: unknown, key: string | undefined): void {
  if (key !== undefined) {
    if (Array.isArray(value)) throw AppException.invalid(key, `查询参数 ${key} 只能出现一次`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [name, item] of Object.entries(value)) {
    if (Array.isArray(item)) throw AppException.invalid(name, `查询参数 ${name} 只能出现一次`);
  }
}

class GovOpenValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query') refuseRepeatedKeys(value, metadata.data);
    return super.transform(value, metadata);
  }
}

/** class-validator on every input; the first failure becomes a 400 naming the field, in Chinese. */
export function createValidationPipe(): ValidationPipe {
  return new GovOpenValidationPipe({
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
