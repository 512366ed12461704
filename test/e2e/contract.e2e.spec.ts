import fs from 'node:fs';
import path from 'node:path';
import { createApiClient, TransportRequest } from '@govopen/contracts';
import { createResponseValidator } from '../../apps/api/src/openapi/response-validator';
import { ROOT } from './support/server';

// The document the API build wrote: the one the servers of this run check their answers against.
const DOCUMENT_FILE = path.join(ROOT, 'apps/api/dist/openapi.json');

interface Document {
  paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[] }>>;
  components: Record<string, Record<string, unknown>>;
}

function loadDocument(): Document {
  if (!fs.existsSync(DOCUMENT_FILE)) throw new Error(`${DOCUMENT_FILE} is missing: build the API first (npm test does)`);
  return JSON.parse(fs.readFileSync(DOCUMENT_FILE, 'utf8')) as Document;
}

/** Every request the typed client can make, found by calling each of its methods with placeholder arguments. */
function clientRequests(): { name: string; request: TransportRequest }[] {
  const sent: { name: string; request: TransportRequest }[] = [];
  let current = '';
  const client = createApiClient({
    transport: async (request) => {
      sent.push({ name: current, request });
      return { status: 200, data: null };
    },
  });
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'function') {
        current = name;
        // Every argument 1: an id, a date or a key in the path, a body or a query the transport only records.
        void (value as (...args: unknown[]) => Promise<unknown>)(1, 1, 1);
      } else if (value && typeof value === 'object') {
        walk(value as Record<string, unknown>, name);
      }
    }
  };
  walk(client as unknown as Record<string, unknown>, '');
  return sent;
}

function operationFor(document: Document, method: string, urlPath: string) {
  const pathOnly = `/api${urlPath.split('?')[0]}`;
  for (const [template, operations] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(pathOnly) && operations[method.toLowerCase()]) return operations[method.toLowerCase()];
  }
  return null;
}

describe('the OpenAPI document', () => {
  const document = loadDocument();

  it('has an operation for every method of the typed client (packages/contracts client.ts)', () => {
    const requests = clientRequests();
    expect(requests.length).toBeGreaterThan(90);
    const missing = requests.filter(({ request }) => !operationFor(document, request.method, request.path)).map(({ name, request }) => `${name}: ${request.method} /api${request.path}`);
    expect(missing).toEqual([]);
  });

  it('documents each query key the typed client sends', () => {
    const client = createApiClient({ transport: async (request) => ((sent = request), { status: 200, data: null }) });
    let sent: TransportRequest | null = null;
    const cases: [string, () => Promise<unknown>][] = [
      ['messages.list', () => client.messages.list({ board: 'general', q: 'x', page: 1, pageSize: 10 })],
      ['messages.stats', () => client.messages.stats('2026-11')],
      ['calendar.addWorkingDays', () => client.calendar.addWorkingDays('2026-11-02', 3)],
      ['admin.consultations.windowRule', () => client.admin.consultations.windowRule('2026-11-02')],
      ['suggest', () => client.suggest('住房')],
      ['policyBenefits.list', () => client.policyBenefits.list({ topic: '技术改造', q: '补贴', page: 1, pageSize: 10 })],
      ['admin.enterpriseBindings.list', () => client.admin.enterpriseBindings.list({ status: 'pending', page: 1, pageSize: 10 })],
      ['admin.enterprises.list', () => client.admin.enterprises.list({ q: '精工', district: '环翠区', page: 1, pageSize: 10 })],
      ['admin.policyBenefits.list', () => client.admin.policyBenefits.list({ status: 'published', topic: '技术改造', q: '补贴', page: 1, pageSize: 10 })],
      ['admin.pushes.list', () => client.admin.pushes.list({ status: 'sent', page: 1, pageSize: 10 })],
      ['admin.pushes.recipients', () => client.admin.pushes.recipients(1, { page: 1, pageSize: 10 })],
    ];
    const undocumented: string[] = [];
    for (const [name, call] of cases) {
      void call();
      const request = sent as TransportRequest | null;
      if (!request) throw new Error(`${name} sent nothing`);
      const operation = operationFor(document, request.method, request.path);
      const documented = new Set((operation?.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
      const keys = [...new URLSearchParams(request.path.split('?')[1] ?? '').keys()];
      undocumented.push(...keys.filter((key) => !documented.has(key)).map((key) => `${name}: ${key}`));
    }
    expect(undocumented).toEqual([]);
  });

  // The test of the test: the same validator the servers run, on the real document, must catch a drifted answer.
  describe('response check', () => {
    const validate = createResponseValidator(document as never);
    const health = (body: unknown) =>
      validate({ method: 'GET', routeTemplate: '/api/health', url: '/api/health', status: 200, contentType: 'application/json; charset=utf-8', payload: JSON.stringify(body) });

    it('passes the health answer as the API gives it', () => {
      expect(health({ status: 'ok', database: 'sqlite', version: '0.1.0' })).toBeNull();
    });

    it('fails an answer with a status the contract does not have', () => {
      expect(health({ status: 'bogus', database: 'sqlite', version: '0.1.0' })?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ instancePath: '/status' })]));
    });

    it('fails an answer missing a required field', () => {
      expect(health({ status: 'ok', database: 'sqlite' })?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ params: { missingProperty: 'version' } })]));
    });

    it('fails a legal refusal without its error shape', () => {
      const refusal = (body: unknown) =>
        validate({
          method: 'POST',
          routeTemplate: '/api/admin/disclosure-requests/:id/actions',
          url: '/api/admin/disclosure-requests/1/actions',
          status: 409,
          contentType: 'application/json',
          payload: JSON.stringify(body),
        });
      expect(refusal({ statusCode: 409, code: 'EXTENSION_ALREADY_USED', message: '已延期过一次（第三十三条）', article: '第三十三条' })).toBeNull();
      expect(refusal({ statusCode: 409, reason: '已延期过一次' })?.problem).toBe('the body does not fit the documented schema');
    });
  });
});
