import { citizenApplication } from './support/applications';
import { freePort, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

/** The clock moves on between server starts; the scan runs by hand (POST …/reminders/run) as the timer would. */
describe('deadline reminders', () => {
  let server: StartedServer;
  let port: string;
  let requestId: number;

  const atDate = async (iso: string) => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: iso, PORT: port }, database);
  };
  const login = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const scan = async () => (await server.request('POST', '/api/admin/disclosure-requests/reminders/run', { token: await login('head') })).body;
  const inbox = async (username: string) =>
    (await server.request('GET', '/api/admin/notifications/mine', { token: await login(username) })).body as { kind: string; title: string; body: string }[];

  beforeAll(async () => {
    port = String(await freePort());
    await atDate('2024-09-27T02:00:00Z');
    const resident = (await server.api().auth.devLogin('reminded')).token;
    requestId = (await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() })).body.id;
    const head = await login('head');
    const handlerUnit = (await server.api(await login('handler')).admin.me()).unitId;
    await server.request('POST', `/api/admin/disclosure-requests/${requestId}/actions`, { token: head, body: { type: 'register' } });
    await server.request('POST', `/api/admin/disclosure-requests/${requestId}/actions`, { token: head, body: { type: 'assign', unitId: handlerUnit } });
  });
  afterAll(() => server.stop());

  it('warns the unit on day 5 of the 7 in which a 补正 must be asked (Art. 30)', async () => {
    await atDate('2024-10-10T02:00:00Z');
    await scan();
    const notices = (await inbox('handler')).filter((notice) => notice.kind === 'disclosure.supplement_window');
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('2024-10-12');
  });

  it('reminds 5 working days before the due date, once however often the scan runs', async () => {
    await atDate('2024-10-23T02:00:00Z');
    await scan();
    await scan();
    const notices = (await inbox('handler')).filter((notice) => notice.kind === 'disclosure.due_soon');
    expect(notices.map((notice) => notice.title)).toEqual(['办件还剩 5 个工作日']);
    expect(notices[0].body).toContain('2024-10-30');
  });

  it('escalates to the unit and the office head when overdue', async () => {
    await atDate('2024-10-31T02:00:00Z');
    await scan();
    for (const username of ['handler', 'head']) {
      expect((await inbox(username)).filter((notice) => notice.kind === 'disclosure.overdue')).toHaveLength(1);
    }
    const queue = await server.request('GET', '/api/admin/disclosure-requests?queue=overdue', { token: await login('head') });
    expect(queue.body.items.map((item: { id: number; overdue: boolean }) => [item.id, item.overdue])).toEqual([[requestId, true]]);
  });

  it('only the office head may run the scan by hand', async () => {
    expect((await server.request('POST', '/api/admin/disclosure-requests/reminders/run', { token: await login('handler') })).status).toBe(403);
  });
});
