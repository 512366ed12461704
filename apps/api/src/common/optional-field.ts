import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf, ValidationArguments } from 'class-validator';

/**
 * The field may be left out; when it is sent it must not be null. class-validator's @IsOptional() lets null through
 * as well, and a null reaching a service meets a NOT NULL column or a string method: a 500 where a 400 naming the
 * field belongs. IsDefined runs before every other check of the field, so null gets this message, not "must be text".
 */
export function OptionalField(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsDefined({ message: (args: ValidationArguments) => `字段 ${args.property} 不能为 null；不修改时请不要传这个字段` }),
  );
}
