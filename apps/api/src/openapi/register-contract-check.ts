import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { createResponseValidator } from './response-validator';

/**
 * Tests only: every answer the server sends (handlers, the exception filter, guards, Fastify's own refusals) is
 * checked against the built OpenAPI document, and each misfit is appended to `violationsFile` as one JSON line. The
 * e2e run fails on any line (test/e2e/support/contract-teardown.ts, config/scripts/test.mjs). Appending synchronously
 * keeps the lines of a server that a test then kills with SIGKILL.
 */
export function registerContractCheck(fastify: FastifyInstance, documentFile: string, violationsFile: string): void {
  const validate = createResponseValidator(JSON.parse(fs.readFileSync(documentFile, 'utf8')));
  fastify.addHook('onSend', async (request, reply, payload) => {
    const url = request.url.split('?')[0];
    // The document itself and the front-end files are not API operations; WeChat's push endpoint speaks WeChat's
    // protocol and is left out of the document on purpose.
    if (!url.startsWith('/api/') || url.startsWith('/api/docs') || url.startsWith('/api/wechat/')) return payload;
    const violation = validate({
      method: request.method,
      routeTemplate: request.routeOptions.url,
      url,
      status: reply.statusCode,
      contentType: String(reply.getHeader('content-type') ?? ''),
      payload,
    });
    if (violation) fs.appendFileSync(violationsFile, `${JSON.stringify(violation)}\n`);
    return payload;
  });
}
