import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/**
 * Error statuses a route gives beyond those the document derives from its shape (guards, body, path, rate limit);
 * the document describes each with the shared error response of that status.
 */
export function ApiErrors(...statuses: number[]): MethodDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: '' })));
}
