import { citizenApplication } from './support/applications';
import { pdf, png, upload, windowsExecutable } from './support/files';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

describe('attachments to a disclosure request', () => {
  let server: StartedServer;
  let resident: string;
  let other: string;
  let head: string;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2024-09-27T02:00:00Z' });
    resident = (await server.api().auth.devLogin('with-files')).token;
    other = (await server.api().auth.devLogin('someone-else')).token;
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
  });
  afterAll(() => server.stop());

  const send = (token: string, name: string, content: Buffer, purpose = 'identity_proof') =>
    upload(server.baseUrl, `/api/media?purpose=${purpose}`, token, name, content);

  it('accepts a scanned ID as PNG and a 委托书 as PDF, typed from their content', async () => {
    const image = await send(resident, '身份证正面.png', png());
    expect(image.status).toBe(201);
    expect(image.body).toMatchObject({ name: '身份证正面.png', mime: 'image/png', purpose: 'identity_proof', purposeLabel: '身份证明' });
    // A PDF sent under a misleading name is stored as what it is.
    const letter = await send(resident, '委托书.jpg', pdf(), 'power_of_attorney');
    expect(letter.status).toBe(201);
    expect(letter.body).toMatchObject({ name: '委托书.pdf', mime: 'application/pdf' });
  });

  it('refuses a program dressed as an image, naming what it really is', async () => {
    const { status, body } = await send(resident, 'photo.jpg', windowsExecutable());
    expect(status).toBe(415);
    expect(body).toMatchObject({ field: 'file' });
    expect(body.message).toContain('Windows 可执行程序');
    expect(body.message).toContain('JPG、PNG 图片或 PDF');
  });

  it('refuses a file over the 10 MB cap with 413', async () => {
    const big = Buffer.concat([png(), Buffer.alloc(10 * 1024 * 1024)]);
    const { status, body } = await send(resident, 'big.png', big);
    expect(status).toBe(413);
    expect(body).toMatchObject({ field: 'file', message: '文件超过 10 MB，请压缩后再上传' });
  });

  it('refuses a name that climbs folders, an empty file, a missing purpose and a JSON body', async () => {
    const climbing = await send(resident, '../../etc/passwd.png', png());
    expect(climbing.status).toBe(400);
    expect(climbing.body.field).toBe('file');
    expect(climbing.body.message).toContain('不合法');
    const empty = await send(resident, 'empty.png', Buffer.alloc(0));
    expect(empty.body).toMatchObject({ field: 'file', message: '文件是空的，请重新选择' });
    const noPurpose = await upload(server.baseUrl, '/api/media', resident, 'a.png', png());
    expect(noPurpose).toMatchObject({ status: 400, body: { field: 'purpose' } });
    const json = await server.request('POST', '/api/media?purpose=identity_proof', { token: resident, body: { file: 'x' } });
    expect(json.status).toBe(415);
    expect((await upload(server.baseUrl, '/api/media?purpose=identity_proof', 'not-a-token', 'a.png', png())).status).toBe(401);
  });

  it('attaches uploads to the request; the resident and the office head download them, the head\'s read audited', async () => {
    const proof = (await send(resident, 'id.png', png(3, 3))).body;
    const created = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication({ attachmentIds: [proof.id] }) });
    expect(created.status).toBe(201);
    expect(created.body.attachments).toEqual([expect.objectContaining({ id: proof.id, name: 'id.png', purposeLabel: '身份证明' })]);
    const mine = await fetch(`${server.baseUrl}/api/disclosure-requests/${created.body.id}/attachments/${proof.id}`, { headers: { authorization: `Bearer ${resident}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(mine.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await mine.arrayBuffer()).equals(png(3, 3))).toBe(true);
    const stranger = await fetch(`${server.baseUrl}/api/disclosure-requests/${created.body.id}/attachments/${proof.id}`, { headers: { authorization: `Bearer ${other}` } });
    expect(stranger.status).toBe(404);

    const staff = await fetch(`${server.baseUrl}/api/admin/disclosure-requests/${created.body.id}/attachments/${proof.id}`, { headers: { authorization: `Bearer ${head}` } });
    expect(staff.status).toBe(200);
    const admin = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
    const audit = await server.api(admin).admin.audit.list({ action: 'disclosure.attachment.read' });
    expect(audit.items[0]).toMatchObject({ actorName: 'head', targetId: String(created.body.id) });
    // A handler of a unit the case is not assigned to cannot see the case at all.
    const handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    expect((await fetch(`${server.baseUrl}/api/admin/disclosure-requests/${created.body.id}/attachments/${proof.id}`, { headers: { authorization: `Bearer ${handler}` } })).status).toBe(404);
  });

  it('will not attach another resident\'s file, or one already used, and then stores no request', async () => {
    const theirs = (await send(other, 'theirs.png', png())).body;
    const before = await server.database.query('SELECT COUNT(*) AS n FROM disclosure_request');
    const stolen = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication({ attachmentIds: [theirs.id] }) });
    expect(stolen.status).toBe(400);
    expect(stolen.body).toMatchObject({ field: 'attachmentIds', message: '附件不存在、不是您上传的或已被使用，请重新上传' });
    const after = await server.database.query('SELECT COUNT(*) AS n FROM disclosure_request');
    expect(Number(after[0].n)).toBe(Number(before[0].n));

    const mineOnce = (await send(resident, 'once.png', png())).body;
    expect((await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication({ attachmentIds: [mineOnce.id] }) })).status).toBe(201);
    const reused = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication({ attachmentIds: [mineOnce.id] }) });
    expect(reused).toMatchObject({ status: 400, body: { field: 'attachmentIds' } });
    const wrongShape = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication({ attachmentIds: ['x'] }) });
    expect(wrongShape).toMatchObject({ status: 400, body: { field: 'attachmentIds' } });
  });
});
