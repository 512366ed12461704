import { randomUUID } from 'node:crypto';
import { citizenApplication } from './support/applications';
import { policyInput } from './support/content';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

describe('event tables are append-only in the database itself', () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2026-11-30T02:00:00Z' });
    const resident = (await server.api().auth.devLogin('history-keeper')).token;
    const author = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    const requests = await Promise.all([
      server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() }),
      server.request('POST', '/api/messages', {
        token: resident,
        body: { board: 'inquiry', title: '社保补贴何时发放', body: '请问今年的社保补贴什么时候发放到账？', public: false, contactName: '李女士', phone: '13912345678', idempotencyKey: randomUUID() },
      }),
      server.request('POST', '/api/admin/policies', { token: author, body: policyInput() }),
    ]);
    expect(requests.map((response) => response.status)).toEqual([201, 201, 201]);
  });
  afterAll(() => server.stop());

  const count = async (table: string) => Number((await server.database.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it.each([
    ['disclosure_request_event', "type = 'forged'"],
    ['message_event', "type = 'forged'"],
    ['content_review_event', "action = 'forged'"],
  ])('%s refuses UPDATE and DELETE, and keeps its rows', async (table, assignment) => {
    const before = await count(table);
    expect(before).toBeGreaterThan(0);
    await expect(server.database.exec(`UPDATE ${table} SET ${assignment}`)).rejects.toThrow(new RegExp(`${table} is append-only`));
    await expect(server.database.exec(`DELETE FROM ${table}`)).rejects.toThrow(new RegExp(`${table} is append-only`));
    expect(await count(table)).toBe(before);
    expect(await server.database.query(`SELECT * FROM ${table} WHERE ${assignment}`)).toEqual([]);
  });
});
