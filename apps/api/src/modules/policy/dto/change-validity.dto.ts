import { ChangeValidityRequest, PolicyValidity } from '@govopen/contracts';
import { IsIn, IsInt } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';

export class ChangeValidityDto implements ChangeValidityRequest {
  @IsIn(['valid', 'expired', 'repealed'], { message: '效力状态应为 valid（有效）、expired（失效）或 repealed（废止）' })
  validity: PolicyValidity;

  @NullableField()
  @IsInt({ message: '替代文件编号无效' })
  replacedById?: number | null;
}
