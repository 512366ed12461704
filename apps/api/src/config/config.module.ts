import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { PersonalDataCipher } from '../common/personal-data-cipher';
import { AppConfig } from './app-config';
import { APP_CONFIG } from './app-config.token';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock, PersonalDataCipher],
      exports: [APP_CONFIG, Clock, PersonalDataCipher],
    };
  }
}
