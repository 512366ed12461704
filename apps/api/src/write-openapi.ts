import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from './config/app-config';
import { createApp } from './main';
import { buildOpenApiDocument } from './openapi/build-openapi-document';
import { generateContractSchemas } from './openapi/generate-contract-schemas';
import { readHandlerReturnTypes } from './openapi/read-handler-return-types';

/**
 * Writes the OpenAPI document to dist/openapi.json at build time, so a client outside the team has it without a
 * running server (production serves it only to signed-in staff, if at all). Runs the app's module graph on a
 * throw-away SQLite file and throw-away secrets; nothing listens. The response bodies come from the handlers' declared
 * contracts types, read from the source beside dist/ (a build always has it). The running server serves this file.
 */
async function writeOpenApi(): Promise<void> {
  const contract = generateContractSchemas(
    readHandlerReturnTypes(path.resolve(__dirname, '../src')),
    path.dirname(require.resolve('@govopen/contracts/package.json')),
  );
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-openapi-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'development',
      DATABASE_URL: `sqlite:${path.join(scratch, 'openapi.sqlite')}`,
      SECRETS_FILE: path.join(scratch, 'secrets.json'),
      MEDIA_DIR: path.join(scratch, 'media'),
      STATIC_H5_DIR: 'off',
      STATIC_ADMIN_DIR: 'off',
      REMINDER_INTERVAL_MS: '0',
    });
    const app = await createApp({ ...config, apiDocs: 'off' });
    const target = path.resolve(__dirname, 'openapi.json');
    fs.writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(app, contract), null, 2)}\n`);
    await app.close();
    process.stdout.write(`OpenAPI document written to ${path.relative(process.cwd(), target)}\n`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

writeOpenApi().catch((error: unknown) => {
  process.stderr.write(`OpenAPI document not written: ${(error as Error).message}\n`);
  process.exit(1);
});
