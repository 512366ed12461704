import { citizenApplication } from './support/applications';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

describe('letter templates', () => {
  let server: StartedServer;
  let head: string;
  let handler: string;
  let resident: string;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2024-09-27T02:00:00Z' });
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    resident = (await server.api().auth.devLogin('letters')).token;
  });
  afterAll(() => server.stop());

  const act = (id: number, body: object) => server.request('POST', `/api/admin/disclosure-requests/${id}/actions`, { token: head, body });

  it('lists every letter with the built-in wording until the agency edits it; handlers cannot edit', async () => {
    const templates = await server.api(head).admin.letterTemplates.list();
    expect(templates.map((template) => template.key)).toEqual(expect.arrayContaining(['supplement', 'extension', 'consultation', 'fee', 'reply:partially_disclosed']));
    expect(templates.find((template) => template.key === 'reply:withheld_state_secret')).toMatchObject({ label: '答复告知书 · 不予公开 · 属于国家秘密', customized: false });
    expect((await server.request('GET', '/api/admin/letter-templates', { token: handler })).status).toBe(403);
  });

  it('refuses a typo in a placeholder, a removed remedies sentence and an unknown template', async () => {
    const typo = await server.request('PUT', '/api/admin/letter-templates/reply:disclosed', { token: head, body: { title: '答复书', paragraphs: ['{{受理编号}}{{申请日期}}', '{{救济途径}}'] } });
    expect(typo).toMatchObject({ status: 400, body: { field: 'paragraphs', message: '未知的占位符 {{申请日期}}' } });
    const noRemedies = await server.request('PUT', '/api/admin/letter-templates/reply:disclosed', { token: head, body: { title: '答复书', paragraphs: ['{{受理编号}}'] } });
    expect(noRemedies.body.message).toBe('必须保留 {{救济途径}}');
    const empty = await server.request('PUT', '/api/admin/letter-templates/reply:disclosed', { token: head, body: { title: '答复书', paragraphs: [] } });
    expect(empty).toMatchObject({ status: 400, body: { field: 'paragraphs', message: '正文至少一段' } });
    expect((await server.request('PUT', '/api/admin/letter-templates/nonsense', { token: head, body: { title: 'x', paragraphs: ['x'] } })).status).toBe(404);
  });

  it('composes the case\'s letters in the edited wording; the consultation letter goes to the third party only', async () => {
    const saved = await server.request('PUT', '/api/admin/letter-templates/reply:partially_disclosed', {
      token: head,
      body: { title: '政府信息公开申请答复书', paragraphs: ['{{申请人}}：您的申请（{{受理编号}}）经审查，{{法律依据}}予以部分公开。', '说明：{{说明}}', '咨询电话：0631-5287000', '{{救济途径}}'] },
    });
    expect(saved).toMatchObject({ status: 200, body: { customized: true, updatedBy: expect.any(String) } });

    const id = (await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() })).body.id;
    const unitId = (await server.api(handler).admin.me()).unitId;
    await act(id, { type: 'register' });
    await act(id, { type: 'assign', unitId });
    await act(id, { type: 'consult', party: 'third_party', partyName: '威海某某机械有限公司', question: '是否同意公开贵公司获得的资金金额' });
    const staffLetters = await server.api(head).admin.disclosureRequests.letters(id);
    const consultation = staffLetters.find((letter) => letter.kind === 'consultation')!;
    expect(consultation.recipient).toBe('威海某某机械有限公司：');
    expect(consultation.paragraphs.join('')).toContain('第三十二条');
    expect(JSON.stringify(consultation)).not.toContain('张三');
    expect((await server.api(resident).disclosureRequests.letters(id)).map((letter) => letter.kind)).not.toContain('consultation');

    await act(id, { type: 'record-consultation', consent: false, opinion: '不同意公开金额' });
    await act(id, { type: 'reply', outcome: 'partially_disclosed', note: '企业获得的资金金额涉及商业秘密，不予公开' });
    const reply = (await server.api(resident).disclosureRequests.letters(id)).find((letter) => letter.kind === 'reply')!;
    expect(reply.title).toBe('政府信息公开申请答复书');
    expect(reply.paragraphs[0]).toMatch(/^张三：您的申请（YSQ\d+）经审查，根据《中华人民共和国政府信息公开条例》第三十七条的规定，予以部分公开。$/);
    expect(reply.paragraphs).toContain('咨询电话：0631-5287000');
    expect(reply.paragraphs.at(-1)).toContain('六十日内');
    const docx = await fetch(`${server.baseUrl}/api/disclosure-requests/${id}/letters/reply.docx`, { headers: { authorization: `Bearer ${resident}` } });
    expect(docx.status).toBe(200);
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  it('audits edits and goes back to the built-in wording on reset', async () => {
    const admin = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
    const audit = await server.api(admin).admin.audit.list({ action: 'letter_template.save' });
    expect(audit.items[0]).toMatchObject({ actorName: 'head', targetId: 'reply:partially_disclosed' });
    const reset = await server.api(head).admin.letterTemplates.reset('reply:partially_disclosed');
    expect(reset).toMatchObject({ customized: false, title: '政府信息公开申请答复告知书' });
  });
});
