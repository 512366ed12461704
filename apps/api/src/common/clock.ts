import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

/** The one place the service layer reads the time; domain code gets `now` as an argument. */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    return this.config.fixedNow ? new Date(this.config.fixedNow) : new Date();
  }
}
