import { KEY_TASK_STATUS_LABELS, KeyTaskLedgerQuery, KeyTaskStatus } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';

export class KeyTaskLedgerQueryDto implements KeyTaskLedgerQuery {
  @OptionalField()
  @IsIn(Object.keys(KEY_TASK_STATUS_LABELS), { message: `状态 status 应为 ${Object.keys(KEY_TASK_STATUS_LABELS).join('、')} 之一` })
  status?: KeyTaskStatus;

  @OptionalField()
  @Type(() => Number)
  @IsInt({ message: '承办科室 unitId 必须是科室编号' })
  @Min(1, { message: '承办科室 unitId 必须是科室编号' })
  @Max(2_147_483_647, { message: '承办科室 unitId 必须是科室编号' })
  unitId?: number;
}
