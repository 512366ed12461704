import { isLocalDate } from '@govopen/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * 'YYYY-MM-DD' naming a day that exists. The pattern alone lets "2026-02-30" or "8285-21-97" through to the
 * working-day arithmetic, which rightly throws on a date that is not one.
 */
export function IsLocalDateString(options: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isLocalDate', validator: { validate: (value: unknown) => typeof value === 'string' && isLocalDate(value) } }, options);
}
