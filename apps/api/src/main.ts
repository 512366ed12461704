import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { StaffAuthGuard } from './modules/session/staff-auth.guard';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { answerClientError } from './common/answer-client-error';
import { answerFrameworkError } from './common/answer-framework-error';
import { ErrorCode } from './common/error-code';
import { isSafeStaticPath } from './common/is-safe-static-path';
import { registerSecurityHeaders } from './common/security-headers';
import { REVALIDATE, staticCacheControl } from './common/static-cache-control';
import { useJsonBodyParser } from './common/use-json-body-parser';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { seedDatabase } from './database/seed/seed-database';

export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  // Per-route limits are set where a file is read (media.controller); these are the ceiling for any multipart body.
  // preservePath: the name as sent, so a name that climbs folders is seen and refused rather than silently trimmed.
  useJsonBodyParser(app);
  await app.register(fastifyMultipart, { preservePath: true, limits: { files: 1, fields: 5, fieldSize: 1024, fileSize: 50 * 1024 * 1024 } });
  await registerSecurityHeaders(app.getHttpAdapter().getInstance(), config);
  if (config.contractCheckFile) {
    // Loaded only here: the validator and its schema compiler stay out of a normal start.
    const { registerContractCheck } = await import('./openapi/register-contract-check');
    registerContractCheck(app.getHttpAdapter().getInstance(), OPENAPI_DOCUMENT_FILE, config.contractCheckFile);
  }
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  if (config.apiDocs !== 'off') setUpDocs(app, config);

  await serveFrontEnds(app, config);
  return app;
}

/** Written by the build (write-openapi.ts) beside this file. */
export const OPENAPI_DOCUMENT_FILE = path.join(__dirname, 'openapi.json');

/**
 * The OpenAPI document at /api/docs-json (and its UI at /api/docs). In production only when API_DOCS=on, and then
 * only the JSON, for signed-in staff (a bearer token): the UI page cannot send one. The document is the one the
 * build wrote: its response bodies come from the source's types, which a running server no longer has.
 */
function setUpDocs(app: NestFastifyApplication, config: AppConfig): void {
  if (!fs.existsSync(OPENAPI_DOCUMENT_FILE)) {
    new Logger('GovOpen').warn(`${OPENAPI_DOCUMENT_FILE} 不存在（请先构建），接口文档不可用`);
    return;
  }
  const document = JSON.parse(fs.readFileSync(OPENAPI_DOCUMENT_FILE, 'utf8')) as OpenAPIObject;
  if (config.apiDocs === 'public') {
    SwaggerModule.setup('api/docs', app, document);
    return;
  }
  const guard = app.get(StaffAuthGuard);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/api/docs-json', async (request, reply) => {
    const staff = await guard.principalOf(request.headers.authorization).catch(() => null);
    if (!staff) return reply.status(401).send({ statusCode: 401, code: 'UNAUTHENTICATED', message: '请先登录管理后台' });
    return reply.send(document);
  });
}

/**
 * The H5 mini-program under /h5/ and the admin console under /admin/, from their build folders, on the API's port.
 * Both live in one plugin scope whose onRequest hook refuses paths that climb out of the folder before the file
 * server or the console's index route sees them. Each build wrote a .br and a .gz beside its text files
 * (config/scripts/precompress.mjs): those are sent to a browser that accepts them, never compressed per request.
 */
async function serveFrontEnds(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const { h5, admin } = config.staticDirs;
  fastify.get('/', (_, reply) => reply.redirect('/h5/'));
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (!isSafeStaticPath(request.url.split('?')[0])) {
        await reply.code(403).send({ statusCode: 403, code: ErrorCode.FORBIDDEN, message: '不允许访问该路径' });
      }
    });
    if (h5 && fs.existsSync(h5)) {
      // Taro names every file under js/ and css/ by its content hash.
      await scope.register(fastifyStatic, { root: h5, prefix: '/h5/', ...deliveryOptions(h5, ['js', 'css']) });
      scope.get('/h5', (_, reply) => reply.redirect('/h5/'));
    }
    if (admin && fs.existsSync(path.join(admin, 'index.html'))) {
      // Files are listed once at start (wildcard off), which frees /admin/* for the console's own routes
      // (/admin/calendar …): a reload there gets the index page and the console routes in the browser.
      await scope.register(fastifyStatic, {
        root: admin,
        prefix: '/admin/',
        wildcard: false,
        decorateReply: false,
        globIgnore: ['**/*.br', '**/*.gz'],
        // Vite names every file under assets/ by its content hash.
        ...deliveryOptions(admin, ['assets']),
      });
      const html = fs.readFileSync(path.join(admin, 'index.html'));
      scope.get('/admin', (_, reply) => reply.redirect('/admin/'));
      scope.get('/admin/*', (_, reply) => reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(html));
    }
  });
}

/** Precompressed copies, and a year's cache for content-hashed files only (static-cache-control.ts). */
function deliveryOptions(root: string, hashedDirs: string[]) {
  return {
    preCompressed: true,
    // The compressed copies are served in place of their original, never under their own names.
    allowedPath: (pathname: string) => !/\.(br|gz)$/.test(pathname),
    // send's own `public, max-age=0` would be merged over ours.
    cacheControl: false,
    setHeaders: (response: { setHeader: (name: string, value: string) => unknown }, file: string) => {
      response.setHeader('cache-control', staticCacheControl(path.relative(root, file), hashedDirs));
      // The same URL answers brotli, gzip or plain by the request's Accept-Encoding: caches must key on it.
      response.setHeader('vary', 'accept-encoding');
    },
  };
}

async function prepareDatabase(app: INestApplication, config: AppConfig): Promise<void> {
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  await seedDatabase(dataSource, { demo: config.seedDemo, demoContent: config.seedDemoContent ? { mediaDir: config.mediaDir } : undefined });
}

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (config.secrets.created) {
    // Where, never what: the values stay in the file.
    new Logger('GovOpen').log(`已生成密钥（JWT、媒体链接签名、身份指纹、个人信息加密），保存在 ${config.secrets.generatedFile}（权限 0600），请与数据库一并备份`);
  }
  const app = await createApp(config);
  if (config.migrateOnStart) await prepareDatabase(app, config);
  await app.listen(config.port, config.host);
  new Logger('GovOpen').log(`listening on http://localhost:${config.port} (API /api, docs /api/docs, H5 /h5/, admin /admin/)`);
}

if (require.main === module) {
  bootstrap().catch((error: unknown) => {
    process.stderr.write(`启动失败: ${(error as Error)?.message ?? String(error)}\n`);
    process.exit(1);
  });
}
