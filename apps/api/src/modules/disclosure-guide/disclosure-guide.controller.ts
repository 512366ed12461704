import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicDisclosureGuideView } from '@govopen/contracts';
import { DisclosureGuideService } from './disclosure-guide.service';

@ApiTags('政府信息公开指南')
@Controller('disclosure-guide')
export class DisclosureGuideController {
  constructor(private readonly guide: DisclosureGuideService) {}

  /** The latest version, for everyone: no sign-in, no personal data. */
  @ApiOperation({ summary: '政府信息公开指南' })
  @Get()
  get(): Promise<PublicDisclosureGuideView> {
    return this.guide.publicView();
  }
}
