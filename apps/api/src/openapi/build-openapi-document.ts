import { GUARDS_METADATA, HTTP_CODE_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
// The package's types live apart from its CommonJS build; the storage instance is the one the decorators filled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');
import { getMetadataStorage, IS_DATE_STRING, IS_ISO8601, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { ContractSchemas, JsonSchema } from './generate-contract-schemas';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}
interface Response {
  description?: string;
  content?: Record<string, unknown>;
  $ref?: string;
}
interface Operation {
  operationId: string;
  summary?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, Response>;
  security?: Record<string, string[]>[];
}
type Handler = (...args: unknown[]) => unknown;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const ERROR_SCHEMA = { $ref: '#/components/schemas/ApiErrorBody' };

/** The error answers, each in the one error shape (ApiErrorBody); referenced by the operations that can give them. */
const ERROR_RESPONSES: Record<string, { name: string; description: string }> = {
  '400': { name: 'BadRequest', description: '请求有误：字段校验未通过（field 指出字段）、JSON 格式错误或地址格式错误' },
  '401': { name: 'Unauthenticated', description: '未登录、登录已过期，或登录凭证（密码、微信 code、刷新凭证）无效' },
  '403': { name: 'Forbidden', description: '无权进行此操作（角色或所属科室不符），或账号已停用' },
  '404': { name: 'NotFound', description: '接口不存在或内容不存在（含未启用的功能）' },
  '409': {
    name: 'Conflict',
    description: '与现有数据冲突，或依法不能进行此操作：法定拒绝时 code 指明规则，article 指明所依据的条款',
  },
  '413': { name: 'PayloadTooLarge', description: '提交的内容或文件过大' },
  '415': { name: 'UnsupportedMediaType', description: '不支持的文件类型，或请求内容类型不是 application/json（上传为 multipart/form-data）' },
  '422': { name: 'CalendarYearMissing', description: '工作日历缺少所需年度的节假日安排，无法计算期限' },
  '429': { name: 'RateLimited', description: '操作过于频繁，请稍后再试（Retry-After 头给出秒数）' },
  '502': { name: 'WechatUnavailable', description: '微信服务暂时无法访问' },
};

interface RouteFacts {
  guards: string[];
  /** A handler reading the authorization header itself: signed in or not, the answer differs. */
  optionalAuth: boolean;
  queryClass: (new () => unknown) | null;
  queryKeys: string[];
  hasBody: boolean;
  multipart: boolean;
}

function handlersByOperationId(app: NestFastifyApplication): Map<string, { controller: Handler; method: string }> {
  const map = new Map<string, { controller: Handler; method: string }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Handler | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        if (method !== 'constructor') map.set(`${controller.name}_${method}`, { controller, method });
      }
    }
  }
  return map;
}

function routeFacts(controller: Handler, method: string, consumes: string[]): RouteFacts {
  const handler = (controller.prototype as Record<string, Handler>)[method];
  const guards = [...(Reflect.getMetadata(GUARDS_METADATA, controller) ?? []), ...(Reflect.getMetadata(GUARDS_METADATA, handler) ?? [])].map(
    (guard: { name?: string }) => guard.name ?? '',
  );
  const args: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
  const types: unknown[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
  const facts: RouteFacts = { guards, optionalAuth: false, queryClass: null, queryKeys: [], hasBody: false, multipart: consumes.includes('multipart/form-data') };
  for (const [key, arg] of Object.entries(args)) {
    const paramtype = Number(key.split(':')[0]);
    if (paramtype === RouteParamtypes.BODY) facts.hasBody = true;
    if (paramtype === RouteParamtypes.HEADERS && arg.data === 'authorization') facts.optionalAuth = true;
    if (paramtype === RouteParamtypes.QUERY) {
      if (typeof arg.data === 'string') facts.queryKeys.push(arg.data);
      else if (typeof types[arg.index] === 'function' && types[arg.index] !== Object) facts.queryClass = types[arg.index] as new () => unknown;
    }
  }
  return facts;
}

function errorStatuses(verb: string, facts: RouteFacts, secured: boolean, declared: string[]): string[] {
  const statuses = new Set(['400', '404', ...declared]);
  if (secured || facts.optionalAuth) statuses.add('401');
  if (secured) statuses.add('403');
  if (WRITE_METHODS.has(verb)) statuses.add('409');
  if (facts.hasBody || facts.multipart) statuses.add('413');
  // Fastify refuses a body whose content type it has no parser for (text/plain, a form…) on any route that takes one.
  if (WRITE_METHODS.has(verb) || facts.multipart) statuses.add('415');
  if (facts.guards.includes('RateLimitGuard')) statuses.add('429');
  return [...statuses].sort();
}

/** A query DTO's properties as query parameters, described by its class-validator rules. */
function queryParameters(schema: JsonSchema | undefined, name: string): Parameter[] {
  if (!schema) throw new Error(`query DTO ${name} has no class-validator rules`);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([property, propertySchema]) => ({ name: property, in: 'query', required: required.has(property), schema: propertySchema }));
}

/**
 * Our own rules (ValidateBy): what each says about the value's shape. The library's default answers the property's
 * design type, which for `string | null` is Object, a class it then refers to as if it were a schema.
 */
function customRuleSchema(meta: ValidationMetadata): JsonSchema {
  const name = meta.constraintCls ? getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls)[0]?.name : undefined;
  if (name === 'isLocalDate') return { type: 'string', format: 'date' };
  const type: unknown = Reflect.getMetadata('design:type', (meta.target as Handler).prototype, meta.propertyName);
  if (type === String) return { type: 'string' };
  if (type === Number) return { type: 'number' };
  return {};
}

/** Drops components no operation reaches: query DTOs become parameters, and not every error status is used. */
function withoutUnusedComponents(document: OpenAPIObject): OpenAPIObject {
  const components = document.components as { schemas: Record<string, unknown>; responses: Record<string, unknown> };
  const reached = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && !reached.has(item)) {
        reached.add(item);
        const [, , kind, name] = item.split('/');
        visit((components as Record<string, Record<string, unknown>>)[kind]?.[name]);
      } else {
        visit(item);
      }
    }
  };
  visit(document.paths);
  const keep = (kind: 'schemas' | 'responses') =>
    Object.fromEntries(Object.entries(components[kind]).filter(([name]) => reached.has(`#/components/${kind}/${name}`)));
  return { ...document, components: { ...document.components, schemas: keep('schemas'), responses: keep('responses') } } as OpenAPIObject;
}

/**
 * The OpenAPI 3.1 document of the running application's routes. Nest's explorer gives paths, path parameters,
 * tags, summaries and security; class-validator's rules give request bodies and query strings; the contracts
 * types the handlers return (`contract`, made at build time from the source) give every success body. A route
 * without a summary, a tag or a described success body is refused, so the document cannot silently fall behind.
 */
export function buildOpenApiDocument(app: NestFastifyApplication, contract: ContractSchemas): OpenAPIObject {
  const base = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('政务公开通 GovOpen API')
      .setDescription('居民端（小程序）与管理后台的接口。工作人员接口位于 /api/admin 下，需要管理后台登录凭证；居民接口需要居民登录凭证；其余为公开接口。')
      .setVersion('0.1.0')
      .addServer('/', '当前服务')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: '居民或工作人员的登录凭证（JWT）' }, 'bearer')
      .build(),
    { operationIdFactory: (controller, method) => `${controller}_${method}` },
  );
  const dtoSchemas = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      [ValidationTypes.CUSTOM_VALIDATION]: customRuleSchema,
      // ISO 8601, a day or an instant: either format, which the default's oneOf wrongly makes exclusive.
      [IS_DATE_STRING]: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
      [IS_ISO8601]: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
    },
  }) as Record<string, JsonSchema>;
  const handlers = handlersByOperationId(app);
  const problems: string[] = [];
  const tags = new Set<string>();

  for (const [route, item] of Object.entries(base.paths)) {
    for (const verb of METHODS) {
      const operation = (item as Record<string, unknown>)[verb] as Operation | undefined;
      if (!operation) continue;
      const where = `${verb.toUpperCase()} ${route}`;
      const id = operation.operationId;
      const found = handlers.get(id);
      if (!found) {
        problems.push(`${where}: no handler for operationId ${id}`);
        continue;
      }
      if (!operation.summary) problems.push(`${where}: no @ApiOperation summary`);
      if (!operation.tags?.length) problems.push(`${where}: no @ApiTags`);
      for (const tag of operation.tags ?? []) tags.add(tag);

      const facts = routeFacts(found.controller, found.method, Object.keys(operation.requestBody?.content ?? {}));
      const secured = facts.guards.includes('StaffAuthGuard') || facts.guards.includes('ResidentAuthGuard');
      // Public routes say so (an empty requirement); a route that reads an optional token accepts either.
      operation.security = secured ? [{ bearer: [] }] : facts.optionalAuth ? [{}, { bearer: [] }] : [];

      const parameters = operation.parameters ?? [];
      for (const parameter of parameters) {
        // A key read with @Query('name') is checked by the handler, which answers 400 itself: optional to the router.
        // One declared with @ApiQuery (it has a description) says whether it is required.
        if (parameter.in === 'query' && !parameter.description) parameter.required = false;
        if (parameter.in === 'path' && parameter.schema?.type === 'number') parameter.schema = { type: 'integer', minimum: 1 };
      }
      // Nest's explorer leaves out a named key typed `string | undefined` (its design type is Object).
      for (const name of facts.queryKeys) {
        if (!parameters.some((parameter) => parameter.in === 'query' && parameter.name === name)) parameters.push({ name, in: 'query', required: false, schema: { type: 'string' } });
      }
      if (facts.queryClass) parameters.push(...queryParameters(dtoSchemas[facts.queryClass.name], facts.queryClass.name));
      operation.parameters = parameters;

      const responses = operation.responses;
      let success = Object.keys(responses).filter((status) => Number(status) < 400);
      if (!success.length) {
        // Nest's explorer leaves the default status out once a route declares any response of its own.
        const handler = (found.controller.prototype as Record<string, Handler>)[found.method];
        const status = String(Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (verb === 'post' ? 201 : 200));
        responses[status] = { description: '' };
        success = [status];
      }
      for (const status of success) {
        const response = responses[status];
        if (response.content) {
          response.description ||= '成功';
          continue;
        }
        const body = contract.responses[id];
        if (body) {
          response.description = '成功';
          response.content = { 'application/json': { schema: body } };
        } else if (status === '204') {
          response.description = '成功，无返回内容';
        } else {
          problems.push(`${where}: answers ${status} with a body no contracts type or @ApiResponse describes`);
        }
      }
      const declaredErrors = Object.keys(responses).filter((status) => Number(status) >= 400);
      for (const status of errorStatuses(verb, facts, secured, declaredErrors)) {
        const known = ERROR_RESPONSES[status];
        // A status particular to one route, described there (a Range past the end of a file: 416, no body).
        if (!known && responses[status]?.description) continue;
        if (!known) {
          problems.push(`${where}: error status ${status} has no shared description`);
          continue;
        }
        responses[status] = { $ref: `#/components/responses/${known.name}` };
      }
    }
  }
  if (problems.length) throw new Error(`The OpenAPI document is incomplete:\n  ${problems.join('\n  ')}`);

  return withoutUnusedComponents({
    ...base,
    openapi: '3.1.0',
    security: [{ bearer: [] }],
    tags: [...tags].sort().map((name) => ({ name, description: name })),
    components: {
      ...base.components,
      schemas: { ...dtoSchemas, ...contract.schemas },
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(({ name, description }) => [name, { description, content: { 'application/json': { schema: ERROR_SCHEMA } } }]),
      ),
    },
  } as OpenAPIObject);
}
