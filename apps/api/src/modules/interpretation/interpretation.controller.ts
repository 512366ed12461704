import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InterpretationSummary, InterpretationView, Page } from '@govopen/contracts';
import { AppException } from '../../common/app-exception';
import { ListInterpretationsDto } from '../publishing/dto/list-content.dto';
import { InterpretationService } from './interpretation.service';

export const interpretationIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('解读不存在') });

@ApiTags('政策解读')
@Controller('interpretations')
export class InterpretationController {
  constructor(private readonly interpretations: InterpretationService) {}

  @ApiOperation({ summary: '政策解读列表' })
  @Get()
  list(@Query() query: ListInterpretationsDto): Promise<Page<InterpretationSummary>> {
    return this.interpretations.listPublic(query);
  }

  /** With its media (video / audio with range support, poster, captions, images) and its policy. */
  @ApiOperation({ summary: '政策解读详情' })
  @Get(':id')
  one(@Param('id', interpretationIdPipe) id: number): Promise<InterpretationView> {
    return this.interpretations.getPublic(id);
  }
}
