import { INTERPRETATION_FORMS, InterpretationForm, SaveInterpretation } from '@govopen/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, MaxLength, MinLength } from 'class-validator';
import { NullableField } from '../../../common/nullable-field';
import { OptionalField } from '../../../common/optional-field';

export class SaveInterpretationDto implements SaveInterpretation {
  @Type(() => Number)
  @IsInt({ message: '请选择所解读的政策文件' })
  policyId: number;

  @IsString({ message: '标题必须是文字' })
  @MinLength(4, { message: '标题至少 4 个字' })
  @MaxLength(200, { message: '标题不超过 200 个字' })
  title: string;

  @IsIn(INTERPRETATION_FORMS, { message: '解读形式应为 文字、图文、音频、视频、动漫、专家、媒体、领导干部、会议 或 新闻发布会' })
  form: InterpretationForm;

  @NullableField()
  @IsString({ message: '来源必须是文字' })
  @MaxLength(100, { message: '来源不超过 100 个字' })
  source?: string | null;

  @OptionalField()
  @IsString({ message: '正文必须是文字' })
  @MaxLength(2_000_000, { message: '正文过长（超过 200 万字符）' })
  bodyHtml?: string;

  @NullableField()
  @IsString({ message: '文字稿必须是文字' })
  @MaxLength(200_000, { message: '文字稿不超过 20 万字' })
  transcript?: string | null;

  @NullableField()
  @IsInt({ message: '音视频文件编号无效' })
  mediaId?: number | null;

  @NullableField()
  @IsInt({ message: '封面图编号无效' })
  posterId?: number | null;

  @NullableField()
  @IsInt({ message: '字幕文件编号无效' })
  captionsId?: number | null;

  @OptionalField()
  @IsArray({ message: '图片应为文件编号列表' })
  @ArrayMaxSize(60, { message: '图片最多 60 张' })
  @IsInt({ each: true, message: '图片编号无效' })
  imageIds?: number[];
}
