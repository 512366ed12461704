import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './server';

export interface RuleShape {
  /** class-validator's name of the check: isString, maxLength, isIn, matches, isInt, min, … */
  name: string;
  constraints: unknown[];
  each: boolean;
}

export interface PropertyShape {
  rules: RuleShape[];
  /** @IsOptional(): may be left out. */
  optional: boolean;
  /** @ValidateIf(…): checked only in some cases (a discriminated union, a nullable field). */
  conditional: boolean;
  /** @Type(() => Number) and friends, for query strings. */
  transformTo?: 'Number' | 'Boolean' | 'String';
  nested?: DtoShape | null;
}

export interface DtoShape {
  name: string;
  properties: Record<string, PropertyShape>;
}

export interface RouteShape {
  method: string;
  /** OpenAPI style: /api/admin/units/{id}. */
  path: string;
  controller: string;
  handler: string;
  guards: string[];
  roles: string[];
  params: { name: string; pipes: string[] }[];
  /** @Query('q') keys read one by one. */
  queryKeys: string[];
  query: DtoShape | null;
  body: DtoShape | null;
  multipart: boolean;
}

/**
 * Every route of the built API with the DTOs its pipes check, read from the decorators' metadata in a separate node
 * process (describe-routes.cjs). Synchronous, so a spec can name one test per route.
 */
export function describeRoutes(): RouteShape[] {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'describe-routes.cjs')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`describe-routes.cjs failed (build the API first):\n${result.stderr}`);
  return JSON.parse(result.stdout) as RouteShape[];
}
