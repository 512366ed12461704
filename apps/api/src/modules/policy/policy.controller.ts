import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PolicySummary, PolicyView } from '@govopen/contracts';
import { AppException } from '../../common/app-exception';
import { ListPoliciesDto } from '../publishing/dto/list-content.dto';
import { PolicyService } from './policy.service';

export const policyIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('文件不存在') });

@ApiTags('政策文件')
@Controller('policies')
export class PolicyController {
  constructor(private readonly policies: PolicyService) {}

  /** Published documents, newest first; filter by catalog node (and below), year, issuing body, validity, enterprise tag. */
  @ApiOperation({ summary: '政策文件列表' })
  @Get()
  list(@Query() query: ListPoliciesDto): Promise<Page<PolicySummary>> {
    return this.policies.listPublic(query);
  }

  /** One document with its interpretations. */
  @ApiOperation({ summary: '政策文件详情' })
  @Get(':id')
  one(@Param('id', policyIdPipe) id: number): Promise<PolicyView> {
    return this.policies.getPublic(id);
  }
}
