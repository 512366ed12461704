import { NoticeDeliveryQuery } from '@govopen/contracts';
import { IsString, MaxLength } from 'class-validator';
import { OptionalField } from '../../../common/optional-field';
import { PageQueryDto } from '../../../common/page-query.dto';

export class ListDeliveriesDto extends PageQueryDto implements NoticeDeliveryQuery {
  /** One status or several, comma-separated (failed,unknown,dead). */
  @OptionalField()
  @IsString({ message: '送达状态必须是文字' })
  @MaxLength(100, { message: '送达状态过长' })
  status?: string;

  @OptionalField()
  @IsString({ message: '页面路径必须是文字' })
  @MaxLength(200, { message: '页面路径不超过 200 个字' })
  link?: string;
}
