import { SaveLetterTemplate } from '@govopen/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SaveLetterTemplateDto implements SaveLetterTemplate {
  @IsString({ message: '标题必须是文字' })
  @IsNotEmpty({ message: '请填写标题' })
  @MaxLength(100, { message: '标题不超过 100 个字符' })
  title: string;

  @IsArray({ message: '正文应为段落列表' })
  @ArrayMinSize(1, { message: '正文至少一段' })
  @ArrayMaxSize(30, { message: '正文不超过 30 段' })
  @IsString({ each: true, message: '每一段都必须是文字' })
  @MaxLength(2000, { each: true, message: '每段不超过 2000 个字' })
  paragraphs: string[];
}
