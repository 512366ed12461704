import { ApiRequestError, StaffRole } from '@govopen/contracts';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const PINNED = '2026-11-23T02:00:00Z';

describe('organization and audit', () => {
  let server: StartedServer;
  let admin: ReturnType<StartedServer['api']>;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: PINNED });
    admin = server.api((await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token);
  });
  afterAll(() => server.stop());

  it('seeds the agency and the units the catalog names', async () => {
    const names = (await admin.admin.units.list()).map((unit) => unit.name);
    expect(names).toEqual(expect.arrayContaining(['办公室', '政工科', '综合科', '规划与技术改造科', '工业互联网科', '非公经济科']));
  });

  it('creates a unit and refuses a duplicate name with 409', async () => {
    const unit = await admin.admin.units.create({ name: '数字经济科', code: 'szjjk', phone: '0631-5287009' });
    expect(unit).toMatchObject({ name: '数字经济科', active: true, staffCount: 0 });
    const duplicate = await server.request('POST', '/api/admin/units', { token: await tokenOf('admin'), body: { name: '数字经济科', code: 'other' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.field).toBe('name');
  });

  it('creates a handler in a unit, who then signs in scoped to it', async () => {
    const units = await admin.admin.units.list();
    const unit = units.find((candidate) => candidate.name === '工业互联网科')!;
    const user = await admin.admin.staff.create({
      username: 'zhang.wei',
      displayName: '张𠮷伟', // a 4-byte character, as in real names: needs utf8mb4 on MySQL
      password: 'Internet#2026ok',
      unitId: unit.id,
      roles: [StaffRole.HANDLER],
    });
    expect(user).toMatchObject({ unitName: '工业互联网科', roles: ['handler'], demo: false });
    expect((await admin.admin.staff.list()).find((candidate) => candidate.id === user.id)?.displayName).toBe('张𠮷伟');
    const me = await server.api(await tokenOf('zhang.wei', 'Internet#2026ok')).admin.me();
    expect(me.unitId).toBe(unit.id);
  });

  it.each`
    edge                               | body                                                                                                   | status | field
    ${'weak password'}                 | ${{ username: 'li.na', displayName: '李娜', password: 'abc', unitId: null, roles: ['reviewer'] }}         | ${400} | ${'password'}
    ${'handler without a unit'}        | ${{ username: 'li.na', displayName: '李娜', password: 'Strong#Pass2026', unitId: null, roles: ['handler'] }} | ${400} | ${'unitId'}
    ${'unknown role'}                  | ${{ username: 'li.na', displayName: '李娜', password: 'Strong#Pass2026', unitId: null, roles: ['king'] }}  | ${400} | ${'roles'}
    ${'username taken'}                | ${{ username: 'admin', displayName: '重名', password: 'Strong#Pass2026', unitId: null, roles: ['reviewer'] }} | ${409} | ${'username'}
    ${'unit that does not exist'}      | ${{ username: 'li.na', displayName: '李娜', password: 'Strong#Pass2026', unitId: 9999, roles: ['reviewer'] }} | ${400} | ${'unitId'}
  `('refuses $edge', async ({ body, status, field }) => {
    const response = await server.request('POST', '/api/admin/staff', { token: await tokenOf('admin'), body });
    expect(response.status).toBe(status);
    expect(response.body.field).toBe(field);
    expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets only the system admin manage staff and read the audit log', async () => {
    const handler = server.api(await tokenOf('handler'));
    await expect(handler.admin.staff.list()).rejects.toMatchObject({ status: 403 });
    await expect(handler.admin.units.create({ name: '某科', code: 'mk' })).rejects.toMatchObject({ status: 403 });
    await expect(handler.admin.audit.list()).rejects.toBeInstanceOf(ApiRequestError);
    await expect(handler.admin.units.list()).resolves.toHaveLength(7);
  });

  it('deactivating a user ends their session at once', async () => {
    const token = await tokenOf('zhang.wei', 'Internet#2026ok');
    const user = (await admin.admin.staff.list()).find((candidate) => candidate.username === 'zhang.wei')!;
    await admin.admin.staff.update(user.id, { active: false });
    expect((await server.request('GET', '/api/admin/auth/me', { token })).status).toBe(401);
    expect((await server.request('POST', '/api/admin/auth/login', { body: { username: 'zhang.wei', password: 'Internet#2026ok' } })).status).toBe(403);
  });

  it('records every staff write in the audit log, filterable, with who, when and from where', async () => {
    const page = await admin.admin.audit.list({ actorName: 'admin', action: 'staff.', pageSize: 50 });
    const actions = page.items.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['staff.create', 'staff.update', 'staff.login']));
    expect(page.items.every((entry) => entry.actorName === 'admin' && entry.ip)).toBe(true);
    // The server's clock, not the database's or the client's, stamps the entries.
    expect(new Set(page.items.map((entry) => entry.at))).toEqual(new Set(['2026-11-23T02:00:00.000Z']));
    const units = await admin.admin.audit.list({ action: 'unit.create' });
    expect(units.items[0]).toMatchObject({ targetType: 'unit', detail: '数字经济科' });
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(server.database.exec("UPDATE audit_log SET action = 'forged'")).rejects.toThrow(/append-only/);
    await expect(server.database.exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    const page = await admin.admin.audit.list();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.some((entry) => entry.action === 'forged')).toBe(false);
  });

  async function tokenOf(username: string, password = DEMO_PASSWORD): Promise<string> {
    return (await server.api().admin.login({ username, password })).token;
  }
});
