import { SaveDisclosureGuide } from '@govopen/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

// class-validator reports the bottom decorator first: a missing section says 请填写…, a wrong type says 必须是文字.
export class SaveDisclosureGuideDto implements SaveDisclosureGuide {
  @MaxLength(4000, { message: '主动公开信息的获取不超过 4000 个字' })
  @IsString({ message: '主动公开信息的获取必须是文字' })
  @IsNotEmpty({ message: '请填写主动公开信息的获取方式' })
  proactive: string;

  @MaxLength(4000, { message: '申请方式不超过 4000 个字' })
  @IsString({ message: '申请方式必须是文字' })
  @IsNotEmpty({ message: '请填写申请方式' })
  application: string;

  @MaxLength(200, { message: '受理地址不超过 200 个字' })
  @IsString({ message: '受理地址必须是文字' })
  @IsNotEmpty({ message: '请填写受理地址' })
  address: string;

  @MaxLength(200, { message: '办公时间不超过 200 个字' })
  @IsString({ message: '办公时间必须是文字' })
  @IsNotEmpty({ message: '请填写办公时间' })
  officeHours: string;

  @MaxLength(100, { message: '咨询电话不超过 100 个字' })
  @IsString({ message: '咨询电话必须是文字' })
  @IsNotEmpty({ message: '请填写咨询电话' })
  phone: string;

  @MaxLength(4000, { message: '救济途径不超过 4000 个字' })
  @IsString({ message: '救济途径必须是文字' })
  @IsNotEmpty({ message: '请填写救济途径' })
  remedies: string;
}
