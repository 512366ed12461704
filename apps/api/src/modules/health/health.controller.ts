import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthResponse } from '@govopen/contracts';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { HealthRepository } from './health.repository';

const VERSION = '0.1.0';

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: HealthRepository,
  ) {}

  @ApiOperation({ summary: '运行状态检查' })
  @Get()
  async health(): Promise<HealthResponse> {
    // A load balancer takes an instance out when this throws (500): the database is part of being healthy.
    await this.repository.ping();
    return { status: 'ok', database: this.config.database.type, version: VERSION };
  }
}
