import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { AppException } from './app-exception';
import { ErrorCode, MAX_JSON_DEPTH } from './error-code';
import { exceedsJsonDepth } from './exceeds-json-depth';

/**
 * JSON bodies through Fastify's own parser (prototype-poisoning keys refused) behind a depth check: JSON.parse copes
 * with any depth, but what walks the result afterwards recurses and overflows the stack near 10,000 levels. Taking
 * over the JSON parser means Nest registers none of its defaults, so form-encoded bodies, which no client of ours
 * sends, are no longer parsed and get 415.
 */
export function useJsonBodyParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: fastify.initialConfig.bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
      done(new AppException(ErrorCode.JSON_TOO_DEEP), undefined);
      return;
    }
    parse(request, text, done);
  });
}
