// eslint-disable-next-line no-restricted-imports -- the one place @IsOptional() is meant: null is a value here
import { IsOptional } from 'class-validator';

/** The field may be left out or sent as null, which clears it: only where the contract types it `| null`. */
export function NullableField(): PropertyDecorator {
  return IsOptional();
}
