import { ImportKeyTasks, KeyTaskUndatedRule } from '@govopen/contracts';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';
import { NotBlank } from '../../message/dto/create-message.dto';

export class ImportKeyTasksDto implements ImportKeyTasks {
  // The pipe reports a field's first failed check, and decorators run bottom-up: IsInt, nearest, answers a non-number.
  @Min(2008, { message: '年度 year 不早于 2008 年' })
  @Max(2100, { message: '年度 year 不晚于 2100 年' })
  @IsInt({ message: '年度 year 应为四位数字，如 2024' })
  year: number;

  @IsString({ message: '文件正文 text 必须是文字' })
  @NotBlank('请粘贴文件正文 text')
  @MaxLength(200_000, { message: '文件正文 text 不超过 20 万字' })
  text: string;

  @NullableField()
  @IsIn(['year_end', 'continuous'], { message: '未注明时限的任务 undatedAs 应为 year_end（年底前完成）或 continuous（全年持续推进）' })
  undatedAs: KeyTaskUndatedRule | null;
}
