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

/** Waits the law lets lapse are closed by the scan itself, not left for someone to notice. */
describe('lapsed waits', () => {
  let server: StartedServer;
  let port: string;

  const atDate = async (iso: string) => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: iso, PORT: port }, database);
    // A resident's access token lives two hours: sign in again (the same resident) on the new day.
    if (resident) resident = (await server.api().auth.devLogin('lapsing')).token;
  };
  const login = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const act = async (id: number, body: object) =>
    server.request('POST', `/api/admin/disclosure-requests/${id}/actions`, { token: await login('head'), body });
  const scan = async () => (await server.request('POST', '/api/admin/disclosure-requests/reminders/run', { token: await login('head') })).body;

  let resident: string;
  let abandoned: number;
  let consulted: number;

  beforeAll(async () => {
    port = String(await freePort());
    await atDate('2024-09-27T02:00:00Z');
    resident = (await server.api().auth.devLogin('lapsing')).token;
    const handlerUnit = (await server.api(await login('handler')).admin.me()).unitId;
    const file = async () => (await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() })).body.id as number;
    abandoned = await file();
    consulted = await file();
    for (const id of [abandoned, consulted]) {
      await act(id, { type: 'register' });
      await act(id, { type: 'assign', unitId: handlerUnit });
    }
    expect((await act(abandoned, { type: 'request-supplement', items: '请写明文件名称', dueDate: '2024-10-15' })).status).toBe(200);
    // 15 working days from 2024-09-27 across the National Day holiday (9-29 and 10-12 worked): 2024-10-23.
    expect((await act(consulted, { type: 'consult', party: 'third_party', partyName: '某公司', question: '是否同意公开' })).status).toBe(200);
  });
  afterAll(() => server.stop());

  it('leaves every wait open on its last day', async () => {
    await atDate('2024-10-15T10:00:00Z');
    expect((await scan()).expired).toBe(0);
    const mine = await server.request('GET', `/api/disclosure-requests/${abandoned}`, { token: resident });
    expect(mine.body.status).toBe('awaiting_supplement');
  });

  it('closes an unanswered 补正 as abandoned the day after, tells the resident, and writes it once', async () => {
    await atDate('2024-10-16T01:00:00Z');
    expect((await scan()).expired).toBe(1);
    expect((await scan()).expired).toBe(0);
    const mine = await server.request('GET', `/api/disclosure-requests/${abandoned}`, { token: resident });
    expect(mine.body.status).toBe('closed');
    expect(mine.body.outcome).toBe('other_supplement_overdue');
    const lapse = mine.body.events.find((event: { type: string }) => event.type === 'supplement_expired');
    expect(lapse).toMatchObject({ date: '2024-10-16' });
    const messages = (await server.request('GET', '/api/notifications/mine', { token: resident })).body as { title: string; body: string }[];
    expect(messages.filter((message) => message.title === '申请已终止')).toHaveLength(1);
  });

  it('resumes the clock of an unanswered consultation and tells the unit', async () => {
    await atDate('2024-10-28T01:00:00Z');
    expect((await scan()).expired).toBe(1);
    const staffView = await server.request('GET', `/api/admin/disclosure-requests/${consulted}`, { token: await login('head') });
    expect(staffView.body.status).toBe('in_progress');
    expect(staffView.body.dueDate).not.toBeNull();
    const notices = (await server.request('GET', '/api/admin/notifications/mine', { token: await login('handler') })).body as { kind: string }[];
    expect(notices.filter((notice) => notice.kind === 'disclosure.consultation_expired')).toHaveLength(1);
  });
});
