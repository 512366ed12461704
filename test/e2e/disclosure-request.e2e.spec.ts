import { citizenApplication, organizationApplication } from './support/applications';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

describe('依申请公开', () => {
  let server: StartedServer;
  let resident: string;
  let head: string;
  let handler: string;
  let handlerUnitId: number;

  beforeAll(async () => {
    // Friday 2024-09-27, 10:00 China time: the DOMAIN §1 example.
    server = await startServer({ CLOCK_NOW: '2024-09-27T02:00:00Z' });
    resident = (await server.api().auth.devLogin('applicant-one')).token;
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    handlerUnitId = (await server.api(handler).admin.me()).unitId!;
  });
  afterAll(() => server.stop());

  const action = (token: string, id: number, body: object) =>
    server.request('POST', `/api/admin/disclosure-requests/${id}/actions`, { token, body });

  describe('POST /api/disclosure-requests', () => {
    it('files a 公民 request: tracking number, status, no clock until registered, personal data masked', async () => {
      const { status, body } = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      expect(status).toBe(201);
      expect(body).toMatchObject({ status: 'submitted', statusLabel: '待登记', receivedAt: null, dueDate: null, idNumberMasked: '110105********002X', phoneMasked: '138****5678' });
      expect(body.trackingNumber).toMatch(/^YSQ20240927\d{5}$/);
      expect(body.events.map((event: { type: string }) => event.type)).toEqual(['submitted']);
      expect(JSON.stringify(body)).not.toContain('11010519491231002X');
      expect(JSON.stringify(body)).not.toContain('13812345678');
    });

    it('a retried submit with the same key returns the first request, never a second', async () => {
      const application = citizenApplication();
      const first = await server.request('POST', '/api/disclosure-requests', { token: resident, body: application });
      const again = await server.request('POST', '/api/disclosure-requests', { token: resident, body: application });
      expect(again.body.id).toBe(first.body.id);
      const mine = await server.request('GET', '/api/disclosure-requests/mine', { token: resident });
      expect(mine.body.filter((request: { id: number }) => request.id === first.body.id)).toHaveLength(1);
    });

    it.each`
      edge                              | change                                                                             | field
      ${'ID check digit wrong'}         | ${{ applicant: { ...citizenApplication().applicant, idNumber: '110105194912310021' } }} | ${'applicant.idNumber'}
      ${'phone malformed'}              | ${{ applicant: { ...citizenApplication().applicant, phone: '12345' } }}            | ${'applicant.phone'}
      ${'postcode malformed'}           | ${{ applicant: { ...citizenApplication().applicant, postcode: '2642' } }}          | ${'applicant.postcode'}
      ${'email malformed'}              | ${{ applicant: { ...citizenApplication().applicant, email: 'a@b' } }}              | ${'applicant.email'}
      ${'credit code check wrong'}      | ${{ applicant: { ...organizationApplication().applicant, creditCode: '9144030071526726XA' } }} | ${'applicant.creditCode'}
      ${'description too short'}        | ${{ description: '要文件' }}                                                      | ${'description'}
      ${'no pledge'}                    | ${{ pledge: false }}                                                               | ${'pledge'}
      ${'unknown provision method'}     | ${{ provisionMethod: 'pigeon' }}                                                   | ${'provisionMethod'}
      ${'missing title'}                | ${{ title: '' }}                                                                   | ${'title'}
    `('refuses $edge with a Chinese 400 naming $field, storing nothing', async ({ change, field }) => {
      const before = (await server.request('GET', '/api/disclosure-requests/mine', { token: resident })).body.length;
      const { status, body } = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication(change) });
      expect(status).toBe(400);
      expect(body.field).toBe(field);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
      expect((await server.request('GET', '/api/disclosure-requests/mine', { token: resident })).body.length).toBe(before);
    });

    it("another resident's request answers 404", async () => {
      const mine = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      const other = (await server.api().auth.devLogin('applicant-two')).token;
      expect((await server.request('GET', `/api/disclosure-requests/${mine.body.id}`, { token: other })).status).toBe(404);
      expect((await server.request('GET', `/api/disclosure-requests/${mine.body.id}`, { token: resident })).status).toBe(200);
    });
  });

  describe('the case from receipt to reply', () => {
    it('register → assign → 补正 → supplement → reply, with the clock the law sets', async () => {
      const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      const id = filed.body.id;

      const registered = await action(head, id, { type: 'register' });
      expect(registered.status).toBe(200);
      expect(registered.body).toMatchObject({ status: 'received', receivedAt: '2024-09-27', dueDate: '2024-10-30' });
      expect(registered.body.deadline.explanation).toContain('2024年10月30日');

      const handlerBefore = await server.request('GET', `/api/admin/disclosure-requests/${id}`, { token: handler });
      expect(handlerBefore.status).toBe(404);
      expect((await action(handler, id, { type: 'assign', unitId: handlerUnitId })).status).toBe(403);
      const assigned = await action(head, id, { type: 'assign', unitId: handlerUnitId });
      expect(assigned.body).toMatchObject({ status: 'in_progress', unitName: '综合科' });

      // Notices go through the outbox with the change: the resident hears of receipt, the unit of its new case.
      const inbox = await server.request('GET', '/api/notifications/mine', { token: resident });
      expect(inbox.body.find((notice: { kind: string }) => notice.kind === 'disclosure.registered')).toMatchObject({
        title: '申请已受理',
        body: expect.stringContaining('2024-10-30'),
        link: `/packages/disclosure/pages/detail/index?id=${id}`,
        read: false,
      });
      const handlerInbox = await server.request('GET', '/api/admin/notifications/mine', { token: handler });
      expect(handlerInbox.body.some((notice: { kind: string; link: string }) => notice.kind === 'disclosure.assigned' && notice.link === `/disclosure-requests/${id}`)).toBe(true);
      const noticeId = inbox.body[0].id;
      const stranger = (await server.api().auth.devLogin('notice-snoop')).token;
      expect((await server.request('POST', `/api/notifications/${noticeId}/read`, { token: stranger })).status).toBe(404);
      expect((await server.request('POST', `/api/notifications/${noticeId}/read`, { token: resident })).status).toBe(204);

      const supplement = await action(handler, id, { type: 'request-supplement', items: '请写明所需文件的发文年份和文号', dueDate: '2024-10-18' });
      expect(supplement.body).toMatchObject({ status: 'awaiting_supplement', dueDate: null });
      expect((await action(handler, id, { type: 'request-supplement', items: '再补充一次', dueDate: '2024-10-25' })).status).toBe(409);

      const mine = await server.request('GET', `/api/disclosure-requests/${id}`, { token: resident });
      expect(mine.body.deadline.explanation).toContain('补正');
      const supplied = await server.request('POST', `/api/disclosure-requests/${id}/supplement`, { token: resident, body: { content: '文件为2024年发布，文号威工信发〔2024〕12号' } });
      expect(supplied.body).toMatchObject({ status: 'in_progress', dueDate: '2024-10-30' });

      const reply = await action(handler, id, { type: 'reply', outcome: 'partially_disclosed' });
      expect(reply.body).toMatchObject({ status: 'closed', outcome: 'partially_disclosed', outcomeLabel: '部分公开（区分处理）' });
      const finalView = await server.request('GET', `/api/disclosure-requests/${id}`, { token: resident });
      expect(finalView.body.events.map((event: { type: string }) => event.type)).toEqual([
        'submitted',
        'registered',
        'assigned',
        'supplement_requested',
        'supplement_received',
        'replied',
      ]);
      expect((await action(handler, id, { type: 'reply', outcome: 'disclosed' })).body.message).toContain('已办结');

      const letters = await server.request('GET', `/api/disclosure-requests/${id}/letters`, { token: resident });
      expect(letters.body.map((letter: { kind: string }) => letter.kind)).toEqual(['supplement', 'reply']);
      const replyLetter = letters.body[1];
      expect(replyLetter).toMatchObject({ title: '政府信息公开申请答复告知书', recipient: '张三：', signature: '威海市工业和信息化局' });
      expect(replyLetter.paragraphs.join('')).toMatch(/第三十七条.*六十日内向威海市人民政府申请行政复议/);

      const docx = await fetch(`${server.baseUrl}/api/disclosure-requests/${id}/letters/reply.docx`, { headers: { authorization: `Bearer ${resident}` } });
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toContain('wordprocessingml');
      const bytes = Buffer.from(await docx.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      const other = (await server.api().auth.devLogin('letter-snoop')).token;
      expect((await fetch(`${server.baseUrl}/api/disclosure-requests/${id}/letters/reply.docx`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404);
      expect((await server.request('GET', `/api/disclosure-requests/${id}/letters/extension.docx`, { token: resident })).status).toBe(404);
    });

    it('GET /api/admin/disclosure-requests/:id offers the actions the state and the person allow', async () => {
      const view = async (token: string, id: number) => (await server.request('GET', `/api/admin/disclosure-requests/${id}`, { token })).body.allowedActions;
      const id = (await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() })).body.id;
      // Submitted online: only the office registers it (Art. 31); the applicant may still withdraw.
      expect(await view(head, id)).toEqual(['register', 'withdraw']);
      // Received, no unit yet: dispatch it, ask for 补正 at once, or reply at once.
      expect((await action(head, id, { type: 'register' })).body.allowedActions).toEqual(['assign', 'request-supplement', 'reply', 'withdraw']);
      // Assigned: the office head may re-dispatch but not claim another unit's case; the unit's handler gets no
      // office-only action (no 分办) and may claim.
      expect((await action(head, id, { type: 'assign', unitId: handlerUnitId })).body.allowedActions).toEqual([
        'assign', 'request-supplement', 'consult', 'extend', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw',
      ]);
      expect(await view(handler, id)).toEqual(['request-supplement', 'consult', 'extend', 'claim', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw']);
      // An extension asked: nobody asks twice; only the office head decides on it (Art. 33 ¶2).
      expect((await action(handler, id, { type: 'extend', days: 5, reason: '需调取档案' })).body.allowedActions).toEqual([
        'request-supplement', 'consult', 'claim', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw',
      ]);
      expect(await view(head, id)).toEqual([
        'assign', 'request-supplement', 'consult', 'approve-extension', 'reject-extension', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw',
      ]);
      // Claimed: no second claim.
      expect((await action(handler, id, { type: 'claim' })).body.allowedActions).not.toContain('claim');
      // Replied: what is left is a supplementary reply or a record of review.
      expect((await action(handler, id, { type: 'reply', outcome: 'disclosed' })).body.allowedActions).toEqual(['supplementary-reply', 'record-review']);
    });

    it('an extension needs the office head, never its requester', async () => {
      const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      const id = filed.body.id;
      await action(head, id, { type: 'register' });
      await action(head, id, { type: 'assign', unitId: handlerUnitId });
      const requested = await action(handler, id, { type: 'extend', days: 20, reason: '需调取多个科室的档案' });
      expect(requested.body.pendingExtension).toEqual({ days: 20, requestedBy: expect.any(Number) });
      const headInbox = await server.request('GET', '/api/admin/notifications/mine', { token: head });
      expect(headInbox.body[0]).toMatchObject({ kind: 'disclosure.extension_requested', title: '延期申请待审批' });
      expect((await action(handler, id, { type: 'approve-extension' })).status).toBe(403);
      const approved = await action(head, id, { type: 'approve-extension' });
      expect(approved.body).toMatchObject({ dueDate: '2024-11-27', pendingExtension: null });
      expect((await action(handler, id, { type: 'extend', days: 5, reason: '再延一次' })).status).toBe(409);
    });

    it('an illegal action answers 409 with the reason', async () => {
      const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      const { status, body } = await action(head, filed.body.id, { type: 'reply', outcome: 'disclosed' });
      expect(status).toBe(409);
      expect(body.message).toBe('申请当前为“待登记”，不能答复');
    });

    it('reads full personal data only with an audit row; masks it everywhere else', async () => {
      const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      const id = filed.body.id;
      await action(head, id, { type: 'register' });
      const queue = await server.request('GET', '/api/admin/disclosure-requests?queue=to_assign', { token: head });
      expect(JSON.stringify(queue.body)).not.toContain('13812345678');
      const full = await server.request('GET', `/api/admin/disclosure-requests/${id}/personal-data`, { token: head });
      expect(full.body).toEqual({ idNumber: '11010519491231002X', phone: '13812345678', address: '山东省威海市环翠区新威路 1 号', email: 'zhangsan@example.cn' });
      const admin = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
      const audit = await server.api(admin).admin.audit.list({ action: 'disclosure.personal_data.read' });
      expect(audit.items[0]).toMatchObject({ actorName: 'head', targetId: String(id) });
      expect((await server.request('GET', `/api/admin/disclosure-requests/${id}/personal-data`, { token: admin })).status).toBe(403);
    });

    it('stores personal data encrypted at rest', async () => {
      const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
      expect(filed.status).toBe(201);
      const [row] = await server.database.query(`SELECT * FROM disclosure_request WHERE id = ${filed.body.id}`);
      const stored = JSON.stringify(row);
      for (const secret of ['11010519491231002X', '13812345678', '新威路', 'zhangsan@example.cn']) expect(stored).not.toContain(secret);
      expect(row.id_number_enc).toMatch(/^k1:/);
      expect(row.phone_masked).toBe('138****5678');
    });

    it('flags a duplicate request by the same 法人', async () => {
      const application = organizationApplication();
      await server.request('POST', '/api/disclosure-requests', { token: resident, body: application });
      const again = await server.request('POST', '/api/disclosure-requests', { token: resident, body: { ...application, idempotencyKey: `${application.idempotencyKey}-2` } });
      await action(head, again.body.id, { type: 'register' });
      const view = await server.request('GET', `/api/admin/disclosure-requests/${again.body.id}`, { token: head });
      expect(view.body.hints.join()).toContain('疑似重复申请');
    });
  });
});

describe('dispatch help: unit suggestions and claiming', () => {
  let server: StartedServer;
  let head: string;
  let handler: string;
  let resident: string;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2024-09-27T02:00:00Z' });
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    resident = (await server.api().auth.devLogin('dispatch')).token;
  });
  afterAll(() => server.stop());

  const act = (token: string, id: number, body: object) => server.request('POST', `/api/admin/disclosure-requests/${id}/actions`, { token, body });
  const file = async (overrides: Record<string, unknown>) => {
    const id = (await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication(overrides) })).body.id as number;
    await act(head, id, { type: 'register' });
    return id;
  };

  it('suggests the unit that answered a similar request, and none for an unrelated one', async () => {
    const unitId = (await server.api(handler).admin.me()).unitId!;
    const earlier = await file({ title: '2023年工业企业技术改造专项资金分配结果', description: '申请公开2023年度市级工业企业技术改造专项资金的分配结果和企业名单。' });
    await act(head, earlier, { type: 'assign', unitId });
    const similar = await file({ title: '2024年技术改造专项资金分配结果', description: '申请公开2024年度技术改造专项资金分配的企业名单和金额。' });
    const view = (await server.request('GET', `/api/admin/disclosure-requests/${similar}`, { token: head })).body;
    expect(view.suggestedUnits[0]).toMatchObject({ unitId });
    expect(view.suggestedUnits[0].reason).toContain('YSQ');
    const unrelated = await file({ title: '某路段噪声监测数据', description: '请提供某小区附近道路夜间噪声的监测记录。' });
    expect((await server.request('GET', `/api/admin/disclosure-requests/${unrelated}`, { token: head })).body.suggestedUnits).toEqual([]);
  });

  it('a handler of the unit claims the case once; staff of other units cannot', async () => {
    const unitId = (await server.api(handler).admin.me()).unitId!;
    const id = await file({ title: '2025年专精特新企业名单' });
    await act(head, id, { type: 'assign', unitId });
    const claimed = await act(handler, id, { type: 'claim' });
    expect(claimed.status).toBe(200);
    expect(claimed.body.handlerName).toBeTruthy();
    expect(claimed.body.events.at(-1).summary).toContain('认领本件');
    expect((await act(handler, id, { type: 'claim' })).body.message).toBe('您已是本件的承办人');
    const byHead = await act(head, id, { type: 'claim' });
    expect(byHead).toMatchObject({ status: 403, body: { message: '只能认领本科室承办的办件' } });
  });
});

describe('GET /api/admin/disclosure-requests: search and the numbers on the queue tabs', () => {
  let server: StartedServer;
  let head: string;
  let handler: string;
  const ids: number[] = [];
  const tracking: string[] = [];

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2024-09-27T02:00:00Z' });
    const resident = (await server.api().auth.devLogin('queue-applicant')).token;
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    // 张三's 技改 request (registered), 张三's 规划 request and a company's 专精特新 request (both still to register).
    for (const application of [citizenApplication(), citizenApplication({ title: '某小区建设工程规划许可证' }), organizationApplication()]) {
      const { body } = await server.request('POST', '/api/disclosure-requests', { token: resident, body: application });
      ids.push(body.id);
      tracking.push(body.trackingNumber);
    }
    await server.request('POST', `/api/admin/disclosure-requests/${ids[0]}/actions`, { token: head, body: { type: 'register' } });
  });
  afterAll(() => server.stop());

  it('counts every queue for the office head', async () => {
    const { status, body } = await server.request('GET', '/api/admin/disclosure-requests/queue-counts', { token: head });
    expect(status).toBe(200);
    expect(body).toEqual({ to_register: 2, to_assign: 1, in_progress: 0, awaiting_supplement: 0, consulting: 0, extended: 0, due_soon: 0, overdue: 0, closed: 0, all: 3 });
  });

  it('a handler counts only their unit’s cases: none is assigned yet', async () => {
    const { body } = await server.request('GET', '/api/admin/disclosure-requests/queue-counts', { token: handler });
    expect(body.all).toBe(0);
    expect(body.to_register).toBe(0);
  });

  it.each`
    edge                                      | q                        | expected
    ${'a tracking number, exactly'}           | ${() => tracking[1]}     | ${[1]}
    ${'a tracking number in lower case'}      | ${() => tracking[2].toLowerCase()} | ${[2]}
    ${'part of the applicant’s name'}         | ${() => '某某科技'}       | ${[2]}
    ${'part of the title'}                    | ${() => '规划许可'}       | ${[1]}
    ${'the applicant both citizen cases share'} | ${() => '张三'}        | ${[0, 1]}
    ${'a LIKE wildcard is a character, not a pattern'} | ${() => '%'}    | ${[]}
  `('finds by $edge, and the counts follow the search', async ({ q, expected }) => {
    const query = encodeURIComponent(q());
    const list = await server.request('GET', `/api/admin/disclosure-requests?queue=all&q=${query}`, { token: head });
    expect(list.body.items.map((item: { id: number }) => ids.indexOf(item.id)).sort()).toEqual(expected);
    const counts = await server.request('GET', `/api/admin/disclosure-requests/queue-counts?q=${query}`, { token: head });
    expect(counts.body.all).toBe(expected.length);
  });

  it('refuses a search over 50 characters, naming q', async () => {
    const { status, body } = await server.request('GET', `/api/admin/disclosure-requests?q=${'长'.repeat(51)}`, { token: head });
    expect(status).toBe(400);
    expect(body.field).toBe('q');
  });

  it('the timeline names staff by name, never by login; the applicant reads 工作人员', async () => {
    const staffView = await server.request('GET', `/api/admin/disclosure-requests/${ids[0]}`, { token: head });
    const registered = staffView.body.events.find((event: { type: string }) => event.type === 'registered');
    expect(registered.actor).toBe('王公开（公开办负责人·演示）');
    const resident = (await server.api().auth.devLogin('queue-applicant')).token;
    const mine = await server.request('GET', `/api/disclosure-requests/${ids[0]}`, { token: resident });
    expect(mine.body.events.find((event: { type: string }) => event.type === 'registered').actor).toBe('工作人员');
  });

  it('the staff view carries what the applicant gave besides personal data', async () => {
    const { body } = await server.request('GET', `/api/admin/disclosure-requests/${ids[2]}`, { token: head });
    expect(body.applicantDetails).toMatchObject({ idType: null, organizationKind: 'business', creditCode: expect.stringMatching(/^[0-9A-Z]{18}$/), legalRepresentative: expect.any(String) });
    expect(body.provisionMethod).toBeDefined();
  });
});
