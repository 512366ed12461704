import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** One answer that the OpenAPI document does not describe. */
export interface ContractViolation {
  method: string;
  /** The route as the document names it, e.g. /api/policies/{id}; the path as sent when no route matched. */
  route: string;
  status: number;
  problem: string;
  /** ajv's errors, each with the JSON path of the field at fault. */
  errors?: { instancePath: string; message?: string; params?: unknown }[];
}

export interface SentResponse {
  method: string;
  /** Fastify's route template (/api/policies/:id), or undefined when no route matched. */
  routeTemplate: string | undefined;
  url: string;
  status: number;
  contentType: string;
  /** The serialized body as Fastify hands it to onSend: a string, a Buffer, a stream, or nothing. */
  payload: unknown;
}

interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components: { responses?: Record<string, ResponseObject>; schemas?: Record<string, unknown> };
}

const DOCUMENT_ID = 'openapi.json';
const JSON_TYPE = 'application/json';

/** `/api/policies/:id` → `/api/policies/{id}`. */
export function documentPath(routeTemplate: string): string {
  return routeTemplate.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The document's local references, pointed at the document registered with ajv. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOCUMENT_ID}${value}` : anchored(value)]),
  );
}

function parseJson(payload: unknown): { ok: true; value: unknown } | { ok: false } {
  const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
  if (text === null) return { ok: false };
  try {
    return { ok: true, value: text === '' ? null : JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Checks answers against the OpenAPI document: the status must be one the operation documents, and a JSON body
 * must fit that status's schema. Each (operation, status) schema is compiled once, on first use.
 */
export function createResponseValidator(document: Document): (response: SentResponse) => ContractViolation | null {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema({ components: document.components }, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  const errorBodyKey = 'error-body';

  function validatorFor(key: string, schema: unknown): ValidateFunction {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(anchored(schema) as object);
      compiled.set(key, validate);
    }
    return validate;
  }

  return (response) => {
    const method = response.method.toLowerCase();
    // HEAD and OPTIONS answers come from Fastify for the GET routes: no body, nothing documented.
    if (method === 'head' || method === 'options') return null;
    const isJson = response.contentType.startsWith(JSON_TYPE);
    if (!response.routeTemplate) {
      // No route matched (an unknown path): the answer must still be an error in our one shape.
      const route = response.url.split('?')[0];
      const violation = { method: response.method, route, status: response.status };
      if (!isJson) return { ...violation, problem: `no route matched and the answer is ${response.contentType || 'not JSON'}` };
      const body = parseJson(response.payload);
      const validate = validatorFor(errorBodyKey, { $ref: '#/components/schemas/ApiErrorBody' });
      if (body.ok && validate(body.value)) return null;
      return { ...violation, problem: 'no route matched and the body is not an ApiErrorBody', errors: validate.errors ?? undefined };
    }
    const route = documentPath(response.routeTemplate);
    const violation = { method: response.method, route, status: response.status };
    const operation = document.paths[route]?.[method];
    if (!operation) return { ...violation, problem: 'operation not documented' };
    let documented = operation.responses[String(response.status)];
    if (!documented) return { ...violation, problem: `status ${response.status} not documented (documented: ${Object.keys(operation.responses).join(', ')})` };
    let pointer = `${route}.${method}.${response.status}`;
    if (documented.$ref) {
      pointer = documented.$ref;
      documented = document.components.responses?.[documented.$ref.split('/').pop() ?? ''] ?? {};
    }
    const content = documented.content ?? {};
    if (!Object.keys(content).length) {
      const empty = response.payload === undefined || response.payload === null || response.payload === '' || (Buffer.isBuffer(response.payload) && !response.payload.length);
      return empty ? null : { ...violation, problem: 'documented without a body, but the answer has one' };
    }
    if (!isJson) {
      if (content[JSON_TYPE]) return { ...violation, problem: `documented as JSON, answered ${response.contentType || 'without a content type'}` };
      return null;
    }
    const schema = content[JSON_TYPE]?.schema;
    if (!schema) return { ...violation, problem: `answered JSON, documented as ${Object.keys(content).join(', ')}` };
    const body = parseJson(response.payload);
    if (!body.ok) return { ...violation, problem: 'the body is not valid JSON' };
    const validate = validatorFor(pointer, schema);
    if (validate(body.value)) return null;
    return { ...violation, problem: 'the body does not fit the documented schema', errors: validate.errors?.slice(0, 10) ?? undefined };
  };
}
