import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';

const BINARY = { type: 'string', format: 'binary' } as const;

/** A route that answers a file, not JSON: its success body is the bytes of `mediaType`. */
export function ApiFileResponse(mediaType: string, description: string, options: { partial?: boolean } = {}): MethodDecorator {
  const decorators = [ApiProduces(mediaType), ApiResponse({ status: 200, description, content: { [mediaType]: { schema: BINARY } } })];
  // Players seek with Range: the answer is then 206 with that slice.
  if (options.partial) decorators.push(ApiResponse({ status: 206, description: `${description}（Range 请求的片段）`, content: { [mediaType]: { schema: BINARY } } }));
  return applyDecorators(...decorators);
}
