import { KeyTaskEvidence, ReportKeyTaskProgress } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { NotBlank } from '../../message/dto/create-message.dto';

export class KeyTaskEvidenceDto implements KeyTaskEvidence {
  @IsIn(['policy', 'annual_report'], { message: '佐证材料类型 evidence.kind 应为 policy（政策文件）或 annual_report（年度报告）' })
  kind: 'policy' | 'annual_report';

  @IsInt({ message: '佐证材料 evidence.targetId 应为政策文件编号或年度报告年度' })
  @Min(1, { message: '佐证材料 evidence.targetId 应为政策文件编号或年度报告年度' })
  @Max(2_147_483_647, { message: '佐证材料 evidence.targetId 应为政策文件编号或年度报告年度' })
  targetId: number;
}

export class ReportKeyTaskProgressDto implements ReportKeyTaskProgress {
  @IsString({ message: '进展情况 text 必须是文字' })
  @NotBlank('请填写进展情况 text')
  @MaxLength(2000, { message: '进展情况 text 不超过 2000 个字' })
  text: string;

  @IsBoolean({ message: '是否已完成 completed 应为 true 或 false' })
  completed: boolean;

  @IsArray({ message: '佐证材料 evidence 应为列表（没有时传 []）' })
  @ArrayMaxSize(10, { message: '佐证材料 evidence 最多 10 项' })
  @IsObject({ each: true, message: '佐证材料 evidence 的每一项应为 { kind, targetId }' })
  @ValidateNested({ each: true })
  @Type(() => KeyTaskEvidenceDto)
  evidence: KeyTaskEvidenceDto[];
}
