import { PolicyValidity } from '@govopen/contracts';
import { IsIn, IsInt, IsOptional } from 'class-validator';

export class ChangeValidityDto {
  @IsIn(['valid', 'expired', 'repealed'], { message: '效力状态应为 valid（有效）、expired（失效）或 repealed（废止）' })
  validity: PolicyValidity;

  @IsOptional()
  @IsInt({ message: '替代文件编号无效' })
  replacedById?: number | null;
}
