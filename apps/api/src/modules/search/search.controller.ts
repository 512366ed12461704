import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SearchResponse, SuggestResponse } from '@govopen/contracts';
import { SearchDto } from '../publishing/dto/list-content.dto';
import { SearchService } from './search.service';
import { RateLimit } from '../rate-limit/rate-limit.guard';

@ApiTags('搜索')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** One box: Chinese words, full pinyin, initials, small typos, near-synonyms; filters narrow it. */
  @ApiOperation({ summary: '搜索' })
  @Get()
  @RateLimit('reads')
  async find(@Query() query: SearchDto): Promise<SearchResponse> {
    const nodes = query.catalogNodeId ? await this.search.catalogSubtree(query.catalogNodeId) : undefined;
    return this.search.search(query, nodes);
  }

  @ApiOperation({ summary: '搜索联想' })
  @Get('suggest')
  @RateLimit('reads')
  suggest(@Query('q') q: string | undefined): SuggestResponse {
    return this.search.suggest(q ?? '');
  }
}
