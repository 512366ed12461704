import { citizenApplication } from './support/applications';
import { FakeWechat, startFakeWechat } from './support/fake-wechat';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const TEMPLATES = { disclosure_progress: 'tmpl-progress', message_reply: 'tmpl-reply' };
// Monday 2026-11-23, 10:00 in China. A request received online today is due 20 working days later, counted from the
// next day: 11-24 … 11-27 (4), 11-30 … 12-04 (9), 12-07 … 12-11 (14), 12-14 … 12-18 (19), Monday 12-21 (20).
const MONDAY = '2026-11-23T02:00:00Z';
const TITLE = '2024年威海市工业企业技术改造专项资金分配结果';

/**
 * POST /api/wechat/subscriptions, the dispatcher (POST /api/admin/deliveries/run) and 送达情况, against a local fake of
 * WeChat's token and subscribe-send endpoints. One resident per case, so each case's count of what WeChat received
 * is its own.
 */
describe('notice delivery to WeChat subscribe messages', () => {
  let server: StartedServer;
  let wechat: FakeWechat;
  let head: string;

  async function start(clock: string, database = server?.database): Promise<void> {
    server = await startServer(
      { CLOCK_NOW: clock, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret', WECHAT_API_BASE: wechat.baseUrl, WECHAT_SUBSCRIBE_TEMPLATES: JSON.stringify(TEMPLATES), DELIVERY_LEASE_SECONDS: '60' },
      database,
    );
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
  }

  const signIn = async (openid: string): Promise<string> => (await server.request('POST', '/api/auth/wechat', { body: { code: `ok-${openid}` } })).body.token;
  const consent = (token: string, results: Record<string, string>) => server.request('POST', '/api/wechat/subscriptions', { token, body: { results } });
  const run = async () => (await server.request('POST', '/api/admin/deliveries/run', { token: head })).body;
  const sentTo = (openid: string) => wechat.received.filter((message) => message.touser === openid);

  /** Files a request as the resident and registers it as the office: the 受理 notice is written. */
  async function fileAndRegister(token: string): Promise<number> {
    const filed = await server.request('POST', '/api/disclosure-requests', { token, body: citizenApplication() });
    expect(filed.status).toBe(201);
    const registered = await server.request('POST', `/api/admin/disclosure-requests/${filed.body.id}/actions`, { token: head, body: { type: 'register' } });
    expect(registered.status).toBe(200);
    return filed.body.id;
  }
  const deliveriesOf = async (id: number) => (await server.request('GET', `/api/admin/disclosure-requests/${id}/deliveries`, { token: head })).body;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    await start(MONDAY);
  });
  afterAll(async () => {
    await server?.stop();
    await wechat?.close();
  });

  describe('POST /api/wechat/subscriptions', () => {
    it('keeps one credit per acceptance and tells the resident what they will be told', async () => {
      const token = await signIn('oLedger');
      const first = await consent(token, { 'tmpl-progress': 'accept', 'tmpl-reply': 'reject' });
      expect(first.status).toBe(200);
      await consent(token, { 'tmpl-progress': 'accept' });
      const { body } = await server.request('GET', '/api/wechat/subscriptions', { token });
      expect(body.wechatAvailable).toBe(true);
      const byKind = Object.fromEntries(body.kinds.map((kind: { kind: string }) => [kind.kind, kind]));
      expect(byKind.disclosure_progress).toMatchObject({ label: '依申请公开办理进度', templateId: 'tmpl-progress', credits: 2, lastResult: 'accept' });
      expect(byKind.message_reply).toMatchObject({ templateId: 'tmpl-reply', credits: 0, lastResult: 'reject' });
      // A kind this deployment did not configure stays in the app.
      expect(byKind.policy_push).toMatchObject({ templateId: null, credits: 0 });
      // A ban takes every unused credit of its template away.
      await consent(token, { 'tmpl-progress': 'ban' });
      const after = (await server.request('GET', '/api/wechat/subscriptions', { token })).body;
      expect(after.kinds.find((kind: { kind: string }) => kind.kind === 'disclosure_progress')).toMatchObject({ credits: 0, lastResult: 'ban' });
    });

    it.each`
      edge                      | results                                                           | message
      ${'an unknown template'}  | ${{ 'tmpl-other': 'accept' }}                                     | ${/不是本小程序配置的订阅消息模板/}
      ${'an unknown answer'}    | ${{ 'tmpl-progress': 'maybe' }}                                   | ${/accept、reject、ban 或 filter/}
      ${'more than three ids'}  | ${{ a: 'accept', b: 'accept', c: 'accept', 'tmpl-progress': 'accept' }} | ${/1 至 3 个/}
      ${'no answers'}           | ${{}}                                                             | ${/1 至 3 个/}
    `('refuses $edge with a 400 naming results', async ({ results, message }) => {
      const token = await signIn('oBadAnswers');
      const { status, body } = await consent(token, results);
      expect(status).toBe(400);
      expect(body.field).toBe('results');
      expect(body.message).toMatch(message);
    });

    it('needs a signed-in resident', async () => {
      expect((await server.request('POST', '/api/wechat/subscriptions', { body: { results: { 'tmpl-progress': 'accept' } } })).status).toBe(401);
    });
  });

  describe('the dispatcher', () => {
    it('sends the 受理 notice once to a resident who consented, with the case page and fitted fields', async () => {
      const token = await signIn('oConsented');
      await consent(token, { 'tmpl-progress': 'accept' });
      const id = await fileAndRegister(token);
      const report = await run();
      expect(report).toMatchObject({ claimed: 1, sent: 1, failed: 0, unknown: 0 });
      expect(sentTo('oConsented')).toEqual([
        {
          touser: 'oConsented',
          template_id: 'tmpl-progress',
          page: `packages/disclosure/pages/detail/index?id=${id}`,
          data: {
            thing1: { value: '2024年威海市工业企业技术改造专项资…' },
            phrase2: { value: '已受理' },
            time3: { value: '2026年11月23日 10:00' },
            thing4: { value: '最晚2026年12月21日前答复' },
          },
          miniprogram_state: 'formal',
          lang: 'zh_CN',
        },
      ]);
      // Run again: nothing goes twice.
      expect((await run()).claimed).toBe(0);
      expect(sentTo('oConsented')).toHaveLength(1);
      const [delivery] = await deliveriesOf(id);
      expect(delivery).toMatchObject({ kind: 'disclosure.registered', subject: TITLE, status: 'sent', attempts: 1, canResend: false });
      expect(delivery.deliveredAt).toBe('2026-11-23T02:00:00.000Z');

      // The one-time consent is used: the 补正 notice reaches the app only.
      const supplement = await server.request('POST', `/api/admin/disclosure-requests/${id}/actions`, {
        token: head,
        body: { type: 'request-supplement', items: '请写明所需文件的发文年份和文号', dueDate: '2026-12-04' },
      });
      expect(supplement.status).toBe(200);
      expect((await run()).claimed).toBe(0);
      expect(sentTo('oConsented')).toHaveLength(1);
      const statuses = (await deliveriesOf(id)).map((row: { kind: string; status: string }) => `${row.kind}:${row.status}`);
      expect(statuses).toEqual(['disclosure.supplement:in_app_only', 'disclosure.registered:sent']);
      const inbox = (await server.request('GET', '/api/notifications/mine', { token })).body.map((message: { title: string }) => message.title);
      expect(inbox).toEqual(['请补正申请', '申请已受理']);
    });

    it('sends nothing to a resident who did not consent; the app still has the notice', async () => {
      const token = await signIn('oSilent');
      const id = await fileAndRegister(token);
      await run();
      expect(sentTo('oSilent')).toHaveLength(0);
      expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'in_app_only', canResend: false });
      expect((await server.request('GET', '/api/notifications/mine', { token })).body[0].title).toBe('申请已受理');
    });

    it('43101: the consent is gone at WeChat; the notice fails for staff and the unused credits are void', async () => {
      const token = await signIn('oRefused');
      await consent(token, { 'tmpl-progress': 'accept' });
      await consent(token, { 'tmpl-progress': 'accept' });
      wechat.refuseOpenid('oRefused', 43101);
      const id = await fileAndRegister(token);
      expect(await run()).toMatchObject({ claimed: 1, failed: 1 });
      expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'failed', errcode: 43101, error: '用户拒绝接收或订阅次数已用完（43101）', canResend: true });
      const standing = (await server.request('GET', '/api/wechat/subscriptions', { token })).body.kinds.find((kind: { kind: string }) => kind.kind === 'disclosure_progress');
      expect(standing.credits).toBe(0);
      // Staff may send it again (WeChat surely does not have it); without a credit it then stays in the app.
      const [delivery] = await deliveriesOf(id);
      const resent = await server.request('POST', `/api/admin/deliveries/${delivery.id}/resend`, { token: head });
      expect(resent.status).toBe(200);
      expect(resent.body.status).toBe('pending');
      await run();
      expect((await deliveriesOf(id))[0].status).toBe('in_app_only');
      expect(sentTo('oRefused')).toHaveLength(0);
    });

    it('47003: a field WeChat refuses is named to staff, never retried blindly', async () => {
      const token = await signIn('oBadField');
      await consent(token, { 'tmpl-progress': 'accept' });
      const id = await fileAndRegister(token);
      wechat.failNextSends(47003);
      expect(await run()).toMatchObject({ failed: 1, retried: 0 });
      expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'failed', errcode: 47003, error: '模板字段 thing1 的内容不符合微信要求（47003）' });
      const listed = (await server.request('GET', '/api/admin/deliveries?status=failed', { token: head })).body;
      expect(listed.items.map((item: { id: number }) => item.id)).toContain((await deliveriesOf(id))[0].id);
      // The 43101 notice was resent and settled in the app: this is the one failure left.
      expect(listed.counts.failed).toBe(1);
    });

    it('-1 (busy): retried later with backoff, not before its time', async () => {
      const token = await signIn('oBusy');
      await consent(token, { 'tmpl-progress': 'accept' });
      const id = await fileAndRegister(token);
      wechat.failNextSends(-1);
      expect(await run()).toMatchObject({ claimed: 1, retried: 1 });
      const [delivery] = await deliveriesOf(id);
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, errcode: -1, error: '微信系统繁忙' });
      // The first retry waits up to 30 s with jitter (at least 1 s): on the same pinned clock it is not due yet.
      const wait = Date.parse(delivery.nextAttemptAt) - Date.parse(MONDAY);
      expect(wait).toBeGreaterThanOrEqual(1_000);
      expect(wait).toBeLessThanOrEqual(30_000);
      expect((await run()).claimed).toBe(0);
      expect(sentTo('oBusy')).toHaveLength(0);
    });

    it('a token that expires mid-batch is refreshed once, and every message of the batch goes', async () => {
      const tokens = await Promise.all(['oBatch1', 'oBatch2', 'oBatch3'].map(signIn));
      for (const token of tokens) await consent(token, { 'tmpl-progress': 'accept' });
      for (const token of tokens) await fileAndRegister(token);
      const refreshesBefore = wechat.calls.filter((call) => call.path === '/cgi-bin/stable_token').length;
      wechat.expireToken();
      expect(await run()).toMatchObject({ claimed: 3, sent: 3 });
      expect(wechat.calls.filter((call) => call.path === '/cgi-bin/stable_token').length - refreshesBefore).toBe(1);
      for (const openid of ['oBatch1', 'oBatch2', 'oBatch3']) expect(sentTo(openid)).toHaveLength(1);
    });
  });

  describe('after the daily quota and after a crash', () => {
    it('45009: waits for the next China day, tells the office once, then sends', async () => {
      const token = await signIn('oQuota');
      await consent(token, { 'tmpl-progress': 'accept' });
      const id = await fileAndRegister(token);
      wechat.failNextSends(45009);
      expect(await run()).toMatchObject({ claimed: 1, deferredForQuota: 1 });
      // Midnight of Tuesday 11-24 in China is 16:00Z on Monday.
      expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'pending', attempts: 0, errcode: 45009, nextAttemptAt: '2026-11-23T16:00:00.000Z' });
      const alerts = (await server.request('GET', '/api/admin/notifications/mine', { token: head })).body.filter((message: { kind: string }) => message.kind === 'delivery.quota');
      expect(alerts).toHaveLength(1);
      expect(alerts[0].link).toBe('/deliveries?status=pending');

      await server.stop_keepDatabase();
      await start('2026-11-23T16:00:01Z');
      // (The busy notice of an earlier case is due by now as well.)
      expect((await run()).sent).toBeGreaterThanOrEqual(1);
      expect(sentTo('oQuota')).toHaveLength(1);
      expect((await deliveriesOf(id))[0]).toMatchObject({ status: 'sent', deliveredAt: '2026-11-23T16:00:01.000Z' });
    });

    it('a send cut off by a crash becomes unknown for staff and is never resent', async () => {
      const token = await signIn('oCrash');
      await consent(token, { 'tmpl-progress': 'accept' });
      const id = await fileAndRegister(token);
      const hold = wechat.holdSends();
      void server.request('POST', '/api/admin/deliveries/run', { token: head }).catch(() => undefined);
      for (let waited = 0; hold.waiting() === 0 && waited < 100; waited += 1) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(hold.waiting()).toBe(1);
      await server.kill();
      // WeChat got the call and acts on it after our process died: the person has the message.
      hold.release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sentTo('oCrash')).toHaveLength(1);

      // Two minutes later (the lease is 60 s) another start finds the row still `sending`.
      await start('2026-11-23T16:02:01Z');
      expect(await run()).toMatchObject({ expired: 1, claimed: 0 });
      const [delivery] = await deliveriesOf(id);
      expect(delivery).toMatchObject({ status: 'unknown', canResend: false });
      const refused = await server.request('POST', `/api/admin/deliveries/${delivery.id}/resend`, { token: head });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/收到两次/);
      await run();
      expect(sentTo('oCrash')).toHaveLength(1);
      const unknown = (await server.request('GET', '/api/admin/deliveries?status=unknown', { token: head })).body;
      expect(unknown.items.map((item: { id: number }) => item.id)).toEqual([delivery.id]);
    });
  });

  it('a unit handler may not read the agency’s delivery list', async () => {
    const handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    expect((await server.request('GET', '/api/admin/deliveries', { token: handler })).status).toBe(403);
    expect((await server.request('GET', '/api/admin/deliveries?status=bogus', { token: head })).body).toMatchObject({ field: 'status' });
  });
});
