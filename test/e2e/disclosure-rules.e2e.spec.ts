import { citizenApplication } from './support/applications';
import { freePort, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

/**
 * Each rule of the 条例 and 109号 that refuses an action, through the API as staff would click. Time moves by restarting
 * the server on the same database with a later CLOCK_NOW. Every date below is worked out by hand from the State
 * Council's 2024 schedule: 国庆 off 10-01..10-07, Sun 09-29 and Sat 10-12 worked. Received Fri 2024-09-27, the 20th
 * working day is Wed 2024-10-30; the 15th is Wed 10-23; the 5th is Thu 10-10.
 */
describe('the law on every path of a disclosure request', () => {
  let server: StartedServer;
  let port: string;
  let resident: string;
  let unitId: number;

  const atDate = async (iso: string) => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: iso, PORT: port }, database);
    // A resident's access token lives two hours: sign in again (the same resident) on the new day.
    if (resident) resident = (await server.api().auth.devLogin('rules-applicant')).token;
  };
  const login = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const act = async (id: number, body: object, as = 'head') =>
    server.request('POST', `/api/admin/disclosure-requests/${id}/actions`, { token: await login(as), body });
  const staffView = async (id: number) => (await server.request('GET', `/api/admin/disclosure-requests/${id}`, { token: await login('head') })).body;
  const mine = async (id: number) => (await server.request('GET', `/api/disclosure-requests/${id}`, { token: resident })).body;
  const lettersOf = async (id: number) =>
    (await server.request('GET', `/api/disclosure-requests/${id}/letters`, { token: resident })).body as { kind: string; title: string; paragraphs: string[] }[];
  const notices = async () => (await server.request('GET', '/api/notifications/mine', { token: resident })).body as { kind: string; title: string; body: string }[];

  /** A request filed online today, registered as received today and assigned to the handler's unit. */
  const fileAndAssign = async (title: string) => {
    const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication({ title }) });
    expect((await act(filed.body.id, { type: 'register' })).status).toBe(200);
    expect((await act(filed.body.id, { type: 'assign', unitId })).status).toBe(200);
    return filed.body.id as number;
  };

  const expectRefused = (response: { status: number; body: { code: string; message: string; article?: string | null } }, code: string, article: RegExp) => {
    expect(response.status).toBe(409);
    expect(response.body.code).toBe(code);
    expect(response.body.message).toMatch(article);
    expect(response.body.article).toMatch(article);
  };

  const cases: Record<string, number> = {};

  beforeAll(async () => {
    port = String(await freePort());
    await atDate('2024-09-27T02:00:00Z');
    resident = (await server.api().auth.devLogin('rules-applicant')).token;
    unitId = (await server.api(await login('handler')).admin.me()).unitId!;
    for (const name of ['overdue', 'lateApproval', 'thirdParty', 'agency', 'fee', 'outcomes', 'reasons', 'unanswered', 'repeated']) {
      cases[name] = await fileAndAssign(`2024年技术改造专项资金分配结果（${name}）`);
    }
  });
  afterAll(() => server.stop());

  describe('on the day of receipt, Fri 2024-09-27', () => {
    it('补正 received before the notice, or in the future, is refused (Art. 30)', async () => {
      // A letter signed for on Tue 09-24, typed in today; the 补正 notice goes out today.
      const entered = await server.request('POST', '/api/admin/disclosure-requests', {
        token: await login('head'),
        body: { ...citizenApplication({ title: '2024年技术改造专项资金分配结果（补正）' }), channel: 'mail', receivedDate: '2024-09-24' },
      });
      const id = (cases.supplement = entered.body.id as number);
      expect((await act(id, { type: 'assign', unitId })).status).toBe(200);
      expect((await act(id, { type: 'request-supplement', items: '请写明所需文件的发文年份', dueDate: '2024-10-15' }, 'handler')).status).toBe(200);
      expectRefused(await act(id, { type: 'receive-supplement', date: '2024-09-25' }, 'handler'), 'DISCLOSURE_SUPPLEMENT_RECEIVED_BEFORE_NOTICE', /第三十条/);
      const future = await act(id, { type: 'receive-supplement', date: '2024-09-28' }, 'handler');
      expect(future.status).toBe(409);
      expect(future.body.code).toBe('DISCLOSURE_DATE_IN_FUTURE');
      expect((await staffView(id)).status).toBe('awaiting_supplement');
    });

    it('a consultation is told to the applicant with its article: Art. 32 for a third party, Art. 34 for an agency', async () => {
      expect((await act(cases.thirdParty, { type: 'consult', party: 'third_party', partyName: '威海某某机械有限公司', question: '是否同意公开贵公司获得的资金金额' }, 'handler')).status).toBe(200);
      expect((await act(cases.agency, { type: 'consult', party: 'agency', partyName: '威海市财政局', question: '是否同意公开联合发文中的资金数额' }, 'handler')).status).toBe(200);
      const consultations = (await notices()).filter((notice) => notice.kind === 'disclosure.consultation');
      expect(consultations).toHaveLength(2);
      expect(consultations.filter((notice) => /第三十二条/.test(notice.body))).toHaveLength(1);
      expect(consultations.filter((notice) => /第三十四条/.test(notice.body))).toHaveLength(1);
      // A receipt of the letter cannot be recorded for a day that has not come.
      expect((await act(cases.agency, { type: 'record-consultation-receipt', date: '2024-09-30' }, 'handler')).body.code).toBe('DISCLOSURE_CONSULTATION_RECEIPT_OUT_OF_RANGE');
    });

    it('one fee notice per application; its 20 working days run from the day the app shows it', async () => {
      const id = cases.fee;
      expect((await act(id, { type: 'notify-fee', basis: 'pages', pages: 40 }, 'handler')).status).toBe(200);
      expectRefused(await act(id, { type: 'notify-fee', basis: 'pages', pages: 120 }, 'handler'), 'DISCLOSURE_FEE_ONCE', /109号/);
      expect((await mine(id)).feeNotice).toEqual({ amountYuan: 100, dueDate: null });
      const shown = await server.request('POST', `/api/disclosure-requests/${id}/fee-notice-receipt`, { token: resident });
      expect(shown.body.feeNotice).toEqual({ amountYuan: 100, dueDate: '2024-10-30' });
      const again = await server.request('POST', `/api/disclosure-requests/${id}/fee-notice-receipt`, { token: resident });
      expect(again.status).toBe(201);
      expect(again.body.events.filter((event: { type: string }) => event.type === 'fee_notice_received')).toHaveLength(1);
      const fee = (await lettersOf(id)).find((letter) => letter.kind === 'fee')!;
      expect(fee.paragraphs.join('')).toContain('自收到本通知之日起 20 个工作日内缴纳');
    });

    it('outcomes follow facts: lapse outcomes, 补正后仍不明确 and 大量反复申请 are refused, and not offered', async () => {
      const id = cases.outcomes;
      expectRefused(await act(id, { type: 'reply', outcome: 'other_supplement_overdue' }, 'handler'), 'DISCLOSURE_OUTCOME_BY_LAPSE_ONLY', /第三十条/);
      expectRefused(await act(id, { type: 'reply', outcome: 'other_fee_unpaid' }, 'handler'), 'DISCLOSURE_OUTCOME_BY_LAPSE_ONLY', /109号/);
      expectRefused(await act(id, { type: 'reply', outcome: 'unavailable_still_unclear' }, 'handler'), 'DISCLOSURE_OUTCOME_NEEDS_SUPPLEMENT', /第三十条/);
      expectRefused(await act(id, { type: 'reply', outcome: 'not_processed_excessive' }, 'handler'), 'DISCLOSURE_OUTCOME_NEEDS_UNREASONABLE', /第三十五条/);
      const offered = (await staffView(id)).allowedOutcomes as string[];
      expect(offered).not.toEqual(expect.arrayContaining(['other_supplement_overdue']));
      expect(offered.filter((outcome) => ['other_fee_unpaid', 'unavailable_still_unclear', 'not_processed_excessive'].includes(outcome))).toEqual([]);
      expect(offered).toEqual(expect.arrayContaining(['disclosed', 'unavailable_not_held', 'unavailable_not_responsible']));
      expect((await mine(id)).status).toBe('in_progress');
    });

    it('不属于本机关负责公开 (Art. 36(5)) names the competent agency and its contact; both 36(4) and 36(5) are row 三（四）1', async () => {
      const id = cases.outcomes;
      const missing = await act(id, { type: 'reply', outcome: 'unavailable_not_responsible' }, 'handler');
      expect(missing.status).toBe(400);
      expect(missing.body.field).toBe('referral');
      const noContact = await act(id, { type: 'reply', outcome: 'unavailable_not_responsible', referral: '威海市财政局' }, 'handler');
      expect(noContact.body.field).toBe('referralContact');
      expect((await act(id, { type: 'reply', outcome: 'unavailable_not_responsible', referral: '威海市财政局', referralContact: '0631-5233000' }, 'handler')).status).toBe(200);
      const reply = (await lettersOf(id)).find((letter) => letter.kind === 'reply')!;
      expect(reply.paragraphs.join('')).toMatch(/不属于本机关负责公开.*第三十六条第（五）项.*威海市财政局.*0631-5233000/);
    });

    it('重复申请 gets its own wording and article: 不予重复处理 (Art. 36(6)), not "不作为申请处理"', async () => {
      expect((await act(cases.repeated, { type: 'reply', outcome: 'not_processed_repeated' }, 'handler')).status).toBe(200);
      const text = (await lettersOf(cases.repeated)).find((letter) => letter.kind === 'reply')!.paragraphs.join('');
      expect(text).toMatch(/第三十六条第（六）项.*不予重复处理/);
      expect(text).not.toContain('不作为政府信息公开申请处理');
    });

    it('Art. 35: reasons asked with a letter and a notice, answered in the app, judged, then a later deadline with its letter', async () => {
      const id = cases.reasons;
      expect((await act(id, { type: 'request-reasons', note: '您本月已提出 15 件申请', dueDate: '2024-10-08' }, 'handler')).body.code).toBe('DISCLOSURE_REASONS_PERIOD_TOO_SHORT');
      expect((await act(id, { type: 'request-reasons', note: '您本月已提出 15 件申请' }, 'handler')).status).toBe(200);
      expect((await mine(id)).reasonsRequest).toMatchObject({ answerDueDate: '2024-10-10', canAnswer: true });
      expect((await notices()).find((notice) => notice.kind === 'disclosure.reasons')?.body).toContain('2024-10-10');
      expect((await lettersOf(id)).find((letter) => letter.kind === 'reasons')?.paragraphs.join('')).toMatch(/第三十五条.*2024年10月10日前说明理由/);
      expectRefused(await act(id, { type: 'judge-reasons', reasonable: false, note: '未说明' }, 'handler'), 'DISCLOSURE_REASONS_AWAITED', /第三十五条/);
      const given = await server.request('POST', `/api/disclosure-requests/${id}/reasons`, { token: resident, body: { content: '本人从事区域经济研究，需要逐年比对资金分配' } });
      expect(given.status).toBe(201);
      expect(given.body.reasonsRequest.canAnswer).toBe(false);
      expect((await act(id, { type: 'judge-reasons', reasonable: true, note: '理由合理，但涉及档案较多' }, 'handler')).status).toBe(200);
      expectRefused(await act(id, { type: 'set-deadline', dueDate: '2024-10-30', reason: '档案较多' }, 'handler'), 'DISCLOSURE_LATER_DEADLINE_NOT_LATER', /第三十五条/);
      expect((await act(id, { type: 'set-deadline', dueDate: '2024-12-20', reason: '涉及 2015 年以来的档案，需逐件检索' }, 'handler')).status).toBe(200);
      expect((await mine(id)).dueDate).toBe('2024-12-20');
      expect((await lettersOf(id)).find((letter) => letter.kind === 'later_deadline')?.paragraphs.join('')).toMatch(/第三十五条.*2024年12月20日/);
      expect((await notices()).find((notice) => notice.kind === 'disclosure.later_deadline')).toBeDefined();
    });

    it('Art. 35 unanswered: no 不予处理 while the applicant may still answer', async () => {
      expect((await act(cases.unanswered, { type: 'request-reasons', note: '您本月已提出 15 件申请' }, 'handler')).status).toBe(200);
      expect((await act(cases.unanswered, { type: 'reply', outcome: 'not_processed_excessive' }, 'handler')).body.code).toBe('DISCLOSURE_OUTCOME_NEEDS_UNREASONABLE');
    });

    it('an extension asked for in time waits for the office head', async () => {
      expect((await act(cases.lateApproval, { type: 'extend', days: 20, reason: '需调取多个科室的档案' }, 'handler')).status).toBe(200);
    });
  });

  describe('the day after the due date, Thu 2024-10-31', () => {
    beforeAll(() => atDate('2024-10-31T02:00:00Z'));

    it('an extension is refused once the case is overdue, and the case stays overdue everywhere (Art. 33 ¶2)', async () => {
      expectRefused(await act(cases.overdue, { type: 'extend', days: 20, reason: '需调取档案' }, 'handler'), 'DISCLOSURE_EXTENSION_WHEN_OVERDUE', /第三十三条第二款/);
      expect((await staffView(cases.overdue)).deadline).toMatchObject({ dueDate: '2024-10-30', overdue: true, remainingWorkingDays: -1 });
      const overdue = await server.request('GET', '/api/admin/disclosure-requests?queue=overdue&pageSize=100', { token: await login('head') });
      expect(overdue.body.items.map((item: { id: number }) => item.id)).toContain(cases.overdue);
    });

    it('an extension asked for in time cannot be approved after the due date', async () => {
      expectRefused(await act(cases.lateApproval, { type: 'approve-extension' }), 'DISCLOSURE_EXTENSION_WHEN_OVERDUE', /第三十三条第二款/);
      expect((await staffView(cases.lateApproval)).deadline.overdue).toBe(true);
    });

    it('an answer that came after the 15th working day pauses the clock only to 10-23: due 2024-11-20', async () => {
      // 20 + 15 paused working days from 09-27. Had the pause run to the answer (10-25), it would be 11-22.
      expect((await act(cases.thirdParty, { type: 'record-consultation', consent: false, opinion: '不同意公开金额', date: '2024-10-25' }, 'handler')).status).toBe(200);
      expect((await staffView(cases.thirdParty)).dueDate).toBe('2024-11-20');
    });

    it('the agency received the letter on 09-30, so its 15 days end 10-25; answered 10-24: 16 paused, due 2024-11-21', async () => {
      expect((await act(cases.agency, { type: 'record-consultation-receipt', date: '2024-09-26' }, 'handler')).body.code).toBe('DISCLOSURE_CONSULTATION_RECEIPT_OUT_OF_RANGE');
      expect((await act(cases.agency, { type: 'record-consultation-receipt', date: '2024-09-30' }, 'handler')).status).toBe(200);
      expect((await act(cases.agency, { type: 'record-consultation', consent: true, opinion: '同意公开', date: '2024-10-24' }, 'handler')).status).toBe(200);
      expect((await staffView(cases.agency)).dueDate).toBe('2024-11-21');
    });

    it('Art. 35 unanswered by 10-10: the applicant can no longer answer, and 不予处理 is now open, with its own letter', async () => {
      const id = cases.unanswered;
      expect((await mine(id)).reasonsRequest).toMatchObject({ answerDueDate: '2024-10-10', canAnswer: false });
      const late = await server.request('POST', `/api/disclosure-requests/${id}/reasons`, { token: resident, body: { content: '本人从事区域经济研究' } });
      expectRefused(late, 'DISCLOSURE_REASONS_ANSWER_LATE', /第三十五条/);
      expect((await staffView(id)).allowedOutcomes).toContain('not_processed_excessive');
      expect((await act(id, { type: 'reply', outcome: 'not_processed_excessive' }, 'handler')).status).toBe(200);
      expect((await lettersOf(id)).find((letter) => letter.kind === 'reply')?.paragraphs.join('')).toMatch(/未在期限内说明理由.*第三十五条.*不予处理/);
    });

    it('补正 received within range restarts the clock from its own date', async () => {
      expect((await act(cases.supplement, { type: 'receive-supplement', date: '2024-10-14' }, 'handler')).status).toBe(200);
      // 20 working days from Mon 10-14: 10-15..18, 21..25, 28..31, 11-01, 04..08, 11 → Mon 2024-11-11.
      expect((await staffView(cases.supplement)).dueDate).toBe('2024-11-11');
    });

    it('the monthly count picks the fee by the receipt date, not the day a clerk typed the paper application in', async () => {
      const applicant = { ...citizenApplication().applicant, name: '赵六', idNumber: '371002198001011232' };
      const enter = async (receivedDate: string) => {
        const created = await server.request('POST', '/api/admin/disclosure-requests', {
          token: await login('head'),
          body: { ...citizenApplication({ applicant }), channel: 'mail', receivedDate },
        });
        expect(created.status).toBe(201);
        return created.body.id as number;
      };
      const september: number[] = [];
      for (let i = 0; i < 11; i += 1) september.push(await enter('2024-09-20'));
      const october = await enter('2024-10-08');
      for (const id of [september[10], october]) expect((await act(id, { type: 'assign', unitId })).status).toBe(200);
      // Typed in on 10-31 all twelve; received: eleven in September, one in October (its first that month, free).
      expectRefused(await act(october, { type: 'notify-fee', basis: 'count' }, 'handler'), 'DISCLOSURE_FEE_NOT_POSITIVE', /109号/);
      expect((await act(september[10], { type: 'notify-fee', basis: 'count' }, 'handler')).status).toBe(200);
      expect((await staffView(september[10])).feeNotice).toEqual({ amountYuan: 100, dueDate: null });
      // By post: the receipt is recorded; before the notice is refused. 20 working days from 10-31 end Thu 11-28.
      expect((await act(september[10], { type: 'record-fee-receipt', date: '2024-10-30' }, 'handler')).body.code).toBe('DISCLOSURE_FEE_NOTICE_RECEIPT_OUT_OF_RANGE');
      expect((await act(september[10], { type: 'record-fee-receipt', date: '2024-10-31' }, 'handler')).status).toBe(200);
      expect((await staffView(september[10])).feeNotice).toEqual({ amountYuan: 100, dueDate: '2024-11-28' });
    });
  });
});
