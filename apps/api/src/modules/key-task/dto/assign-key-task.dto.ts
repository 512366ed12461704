import { AssignKeyTask } from '@govopen/contracts';
import { IsInt, Max, Min } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';

export class AssignKeyTaskDto implements AssignKeyTask {
  @NullableField()
  @IsInt({ message: '承办科室 unitId 必须是科室编号' })
  @Min(1, { message: '承办科室 unitId 必须是科室编号' })
  @Max(2_147_483_647, { message: '承办科室 unitId 必须是科室编号' })
  unitId: number | null;
}
