import { createResponseValidator, documentPath, SentResponse } from './response-validator';

// A document of one operation in the shape the build writes: a contracts body, the shared error response.
const document = {
  paths: {
    '/api/disclosure-requests/{id}': {
      get: {
        responses: {
          '200': { description: '成功', content: { 'application/json': { schema: { $ref: '#/components/schemas/DisclosureRequestView' } } } },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/api/notifications/{id}/read': { post: { responses: { '204': { description: '成功，无返回内容' } } } },
  },
  components: {
    schemas: {
      DisclosureRequestView: {
        type: 'object',
        properties: { id: { type: 'number' }, status: { $ref: '#/components/schemas/DisclosureStatus' }, dueDate: { type: ['string', 'null'] } },
        required: ['id', 'status', 'dueDate'],
        additionalProperties: false,
      },
      DisclosureStatus: { type: 'string', enum: ['received', 'replied'] },
      ApiErrorBody: {
        type: 'object',
        properties: { statusCode: { type: 'number' }, code: { type: 'string' }, message: { type: 'string' }, article: { type: ['string', 'null'] } },
        required: ['statusCode', 'code', 'message'],
        additionalProperties: false,
      },
    },
    responses: { NotFound: { description: '不存在', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } } } },
  },
};

const validate = createResponseValidator(document);

function answer(status: number, body: unknown, overrides: Partial<SentResponse> = {}): SentResponse {
  return {
    method: 'GET',
    routeTemplate: '/api/disclosure-requests/:id',
    url: '/api/disclosure-requests/7',
    status,
    contentType: 'application/json; charset=utf-8',
    payload: JSON.stringify(body),
    ...overrides,
  };
}

describe('createResponseValidator', () => {
  it('passes a body that fits its schema', () => {
    expect(validate(answer(200, { id: 7, status: 'received', dueDate: null }))).toBeNull();
  });

  it('reports a status value the contract does not have, naming the field', () => {
    const violation = validate(answer(200, { id: 7, status: 'bogus', dueDate: null }));
    expect(violation).toMatchObject({ method: 'GET', route: '/api/disclosure-requests/{id}', status: 200, problem: 'the body does not fit the documented schema' });
    expect(violation?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ instancePath: '/status', keyword: 'enum' })]));
  });

  it('reports a missing required field', () => {
    const violation = validate(answer(200, { id: 7, status: 'received' }));
    expect(violation?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ keyword: 'required', params: { missingProperty: 'dueDate' } })]));
  });

  it('reports a field the contract does not declare (a leak or a rename)', () => {
    const violation = validate(answer(200, { id: 7, status: 'received', dueDate: null, idNumber: '110101199003074578' }));
    expect(violation?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'idNumber' } })]));
  });

  it('checks an error answer against the shared error response', () => {
    expect(validate(answer(404, { statusCode: 404, code: 'NOT_FOUND', message: '申请不存在' }))).toBeNull();
    expect(validate(answer(404, { error: 'Not Found' }))?.problem).toBe('the body does not fit the documented schema');
  });

  it('reports a status the operation does not document', () => {
    expect(validate(answer(409, { statusCode: 409, code: 'CONFLICT', message: '冲突' }))?.problem).toMatch(/^status 409 not documented/);
  });

  it('reports a route the document does not have', () => {
    expect(validate(answer(200, {}, { routeTemplate: '/api/secret', url: '/api/secret' }))?.problem).toBe('operation not documented');
  });

  it('accepts an empty 204 and refuses a body where none is documented', () => {
    const read = { method: 'POST', routeTemplate: '/api/notifications/:id/read', url: '/api/notifications/3/read' };
    expect(validate(answer(204, undefined, { ...read, payload: '' }))).toBeNull();
    expect(validate(answer(204, { ok: true }, read))?.problem).toBe('documented without a body, but the answer has one');
  });

  it('refuses an answer in another format where JSON is documented', () => {
    expect(validate(answer(200, null, { contentType: 'text/html', payload: '<h1>hi</h1>' }))?.problem).toMatch(/^documented as JSON/);
  });

  it('holds an unmatched path to the error shape', () => {
    const unmatched = { routeTemplate: undefined, url: '/api/nowhere' };
    expect(validate(answer(404, { statusCode: 404, code: 'NOT_FOUND', message: '接口不存在或内容不存在' }, unmatched))).toBeNull();
    expect(validate(answer(404, { message: 'Route GET:/api/nowhere not found' }, unmatched))?.problem).toBe('no route matched and the body is not an ApiErrorBody');
  });

  it('ignores HEAD, which Fastify answers for GET routes without a body', () => {
    expect(validate(answer(200, null, { method: 'HEAD', payload: '' }))).toBeNull();
  });
});

describe('documentPath', () => {
  it.each([
    ['/api/policies/:id', '/api/policies/{id}'],
    ['/api/disclosure-requests/:id/letters/:kind.docx', '/api/disclosure-requests/{id}/letters/{kind}.docx'],
    ['/api/health', '/api/health'],
  ])('%s → %s', (template, expected) => {
    expect(documentPath(template)).toBe(expected);
  });
});
