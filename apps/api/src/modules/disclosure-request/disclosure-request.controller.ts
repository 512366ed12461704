import { Body, Controller, Get, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DisclosureRequestView } from '@govopen/contracts';
import { ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident } from '../../common/request-context';
import { ResidentAuthGuard } from '../auth/resident-auth.guard';
import { DisclosureRequestService } from './disclosure-request.service';
import { CreateDisclosureRequestDto, SupplementDisclosureRequestDto } from './dto/create-disclosure-request.dto';

export const requestIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('申请不存在') });

@ApiTags('依申请公开（居民）')
@ApiBearerAuth()
@Controller('disclosure-requests')
@UseGuards(ResidentAuthGuard)
export class DisclosureRequestController {
  constructor(private readonly service: DisclosureRequestService) {}

  @Post()
  create(@CurrentResident() resident: ResidentPrincipal, @Body() body: CreateDisclosureRequestDto): Promise<DisclosureRequestView> {
    return this.service.create(resident, body);
  }

  @Get('mine')
  mine(@CurrentResident() resident: ResidentPrincipal): Promise<DisclosureRequestView[]> {
    return this.service.listMine(resident);
  }

  @Get(':id')
  one(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.service.getMine(resident, id);
  }

  @Post(':id/withdraw')
  withdraw(@CurrentResident() resident: ResidentPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureRequestView> {
    return this.service.withdrawMine(resident, id);
  }

  @Post(':id/supplement')
  supplement(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: SupplementDisclosureRequestDto,
  ): Promise<DisclosureRequestView> {
    return this.service.supplementMine(resident, id, body.content);
  }
}
