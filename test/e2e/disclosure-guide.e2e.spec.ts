import { DisclosureGuideText } from '@govopen/contracts';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

const EDITED: DisclosureGuideText = {
  proactive: '登录本机关门户网站“政府信息公开”专栏查阅。\n也可以在政务公开通小程序中检索。',
  application: '可以通过政务公开通小程序在线申请，也可以当面、信函或传真申请。',
  address: '威海市环翠区新威路 1 号',
  officeHours: '工作日 9:00—12:00、13:30—17:00',
  phone: '0631-5200000',
  remedies: '可以向威海市人民政府申请行政复议，或者向人民法院提起行政诉讼。',
};

describe('政府信息公开指南 (条例 Art. 12)', () => {
  let server: StartedServer;
  let head: string;
  let handler: string;

  beforeAll(async () => {
    // Wednesday 2024-10-16, 10:00 China time.
    server = await startServer({ CLOCK_NOW: '2024-10-16T02:00:00Z' });
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
  });
  afterAll(() => server.stop());

  const put = (body: object, token = head) => server.request('PUT', '/api/admin/disclosure-guide', { token, body });

  it('GET /disclosure-guide: the seeded guide, for anyone, with the law\'s time limits and fees and no staff names', async () => {
    const response = await server.request('GET', '/api/disclosure-guide');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ agencyName: '威海市工业和信息化局', version: 1 });
    const sections = response.body.sections as { key: string; title: string; paragraphs: string[]; statutory: boolean }[];
    expect(sections.map((section) => section.key)).toEqual(['proactive', 'application', 'time_limits', 'fees', 'remedies']);
    expect(sections.find((section) => section.key === 'time_limits')!.paragraphs.join('')).toContain('自收到申请之日起 20 个工作日内予以答复');
    expect(sections.find((section) => section.key === 'application')!.paragraphs).toContain('咨询电话：0631-5287001');
    expect(JSON.stringify(response.body)).not.toMatch(/savedBy|系统初始化/);
  });

  it('GET/PUT /admin/disclosure-guide: only the office head edits; signed-out callers are turned away', async () => {
    expect((await server.request('GET', '/api/admin/disclosure-guide')).status).toBe(401);
    expect((await server.request('GET', '/api/admin/disclosure-guide', { token: handler })).status).toBe(403);
    expect((await put(EDITED, handler)).status).toBe(403);
  });

  it('PUT /admin/disclosure-guide refuses a missing or blank section, naming it in Chinese', async () => {
    expect(await put({ ...EDITED, address: undefined })).toMatchObject({ status: 400, body: { field: 'address', message: '请填写受理地址' } });
    expect(await put({ ...EDITED, phone: '   ' })).toMatchObject({ status: 400, body: { field: 'phone', message: '请填写咨询电话' } });
    expect(await put({ ...EDITED, remedies: 42 })).toMatchObject({ status: 400, body: { field: 'remedies' } });
    expect((await server.api(head).admin.disclosureGuide.get()).history).toHaveLength(1);
  });

  it('PUT /admin/disclosure-guide saves a new version; residents see it, the old one stays in the history', async () => {
    const saved = await put(EDITED);
    expect(saved.status).toBe(200);
    expect(saved.body.current).toMatchObject({ version: 2, savedBy: '王公开（公开办负责人·演示）', savedAt: '2024-10-16T02:00:00.000Z', text: EDITED });
    expect(saved.body.history.map((row: { version: number }) => row.version)).toEqual([2, 1]);

    const published = await server.api().disclosureGuide();
    expect(published).toMatchObject({ version: 2, updatedAt: '2024-10-16T02:00:00.000Z' });
    expect(published.sections[0].paragraphs).toEqual(['登录本机关门户网站“政府信息公开”专栏查阅。', '也可以在政务公开通小程序中检索。']);
    expect(published.sections[1].paragraphs).toContain('咨询电话：0631-5200000');

    const first = await server.api(head).admin.disclosureGuide.version(1);
    expect(first.text.phone).toBe('0631-5287001');
    expect((await server.request('GET', '/api/admin/disclosure-guide/versions/99', { token: head })).status).toBe(404);
    expect((await server.request('GET', '/api/admin/disclosure-guide/versions/abc', { token: head })).status).toBe(404);
  });

  it('audits each save', async () => {
    const admin = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
    const audit = await server.api(admin).admin.audit.list({ action: 'disclosure_guide.save' });
    expect(audit.items[0]).toMatchObject({ actorName: 'head', targetId: '2', detail: '保存公开指南第 2 版' });
  });

  it('two saves at once never share a version number: each gets its own, or the loser is told to reload', async () => {
    const responses = await Promise.all([put({ ...EDITED, phone: '0631-5200001' }), put({ ...EDITED, phone: '0631-5200002' })]);
    expect(responses.every((response) => response.status === 200 || response.status === 409)).toBe(true);
    const won = responses.filter((response) => response.status === 200).length;
    expect(won).toBeGreaterThanOrEqual(1);
    for (const lost of responses.filter((response) => response.status === 409)) expect(lost.body.message).toBe('公开指南刚被他人保存，请刷新后再保存');
    const { history } = await server.api(head).admin.disclosureGuide.get();
    expect(history.map((row) => row.version)).toEqual([2 + won, ...(won === 2 ? [3] : []), 2, 1]);
  });
});
