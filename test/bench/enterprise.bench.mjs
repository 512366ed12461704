// Enterprises (issue 15). Two numbers:
// 1. Matching: BENCH_ENTERPRISES (100,000) generated profiles against a 惠企政策 item's conditions with the domain's
//    matchPolicy, in process (time, and how many yes / check / no); then the same count stored as verified enterprises,
//    matched by the API's audience preview (POST /api/admin/pushes/audience).
// 2. A push to all of them through the delivery path: composed by the publisher, approved by the office head, sent by
//    the API's timer into the outbox (one notice per member), delivered by the dispatcher to the local fake of WeChat at
//    BENCH_WECHAT_RATE sends a second (3,000). Prints the time to write every notice and to deliver all, duplicates
//    (must be 0) and missing (must be 0); then a second send run, which must write nothing.
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadTestSupport, openBenchDatabase, ROOT, startApi } from './support.mjs';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES || 100_000);
const RATE = Number(process.env.BENCH_WECHAT_RATE || 3_000);
const TIMEOUT_S = Number(process.env.BENCH_DELIVERY_TIMEOUT || 900);
const TEMPLATE = 'tmpl-policy-push';
const PASSWORD = 'GovOpen@2026';
const require = createRequire(import.meta.url);
const { matchPolicy } = require(path.join(ROOT, 'packages/domain/dist/index.js'));
const { startFakeWechat } = loadTestSupport('test/e2e/support/fake-wechat.ts');

const TODAY = '2026-11-23';
const DISTRICTS = ['环翠区', '文登区', '荣成市', '乳山市', '高区', '经区', '临港区', '南海新区'];
const QUALIFICATIONS = ['highTech', 'techSme', 'innovativeSme', 'specializedSme', 'littleGiant'];
const MANUFACTURING = Array.from({ length: 31 }, (_, i) => String(13 + i));
const OTHER = ['01', '06', '44', '47', '51', '52', '54', '59', '61', '62', '65', '72', '73', '80'];

/** 技改补贴 for manufacturers: 制造业, 中小微, four districts, 满 3 年, and one of three qualifications or a 小巨人. */
const SELECTIVE = {
  kind: 'all',
  of: [
    { kind: 'industry', codes: ['C'] },
    { kind: 'size', sizes: ['medium', 'small', 'micro'] },
    { kind: 'district', districts: ['环翠区', '文登区', '高区', '经区'] },
    { kind: 'founded', foundedYearsAtLeast: 3 },
    { kind: 'any', of: [{ kind: 'qualification', qualifications: ['highTech', 'specializedSme', 'innovativeSme'] }, { kind: 'qualification', qualifications: ['littleGiant'], obtainedFromYear: 2022 }] },
  ],
};

/** What the pushed item asks of the stored enterprises: every one of them qualifies. */
const EVERYONE = { kind: 'all', of: [{ kind: 'industry', codes: ['C'] }, { kind: 'size', sizes: ['medium', 'small', 'micro'] }, { kind: 'founded', foundedYearsAtLeast: 1 }] };

/** A deterministic mix of enterprises; `manufacturerOnly` keeps every one inside EVERYONE. */
function profileOf(i, manufacturerOnly) {
  const codes = manufacturerOnly || i % 4 !== 0 ? MANUFACTURING : OTHER;
  const employees = manufacturerOnly ? 20 + (i % 280) : 5 + ((i * 37) % 1500);
  const revenue = manufacturerOnly ? 300 + ((i * 13) % 1700) : 50 + ((i * 97) % 60000);
  const year = 1995 + (i % 30);
  return {
    industryCode: codes[i % codes.length],
    employees,
    revenueWan: revenue,
    district: DISTRICTS[(i * 7) % DISTRICTS.length],
    foundedOn: `${manufacturerOnly ? Math.min(year, 2024) : year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    qualifications: i % 3 === 0 ? [] : [{ kind: QUALIFICATIONS[i % QUALIFICATIONS.length], year: 2018 + (i % 8) }],
  };
}

function matchInProcess() {
  const profiles = Array.from({ length: ENTERPRISES }, (_, i) => {
    const p = profileOf(i, false);
    return { industryCode: p.industryCode, figures: { employees: p.employees, revenueWan: p.revenueWan }, district: p.district, foundedDate: p.foundedOn, qualifications: p.qualifications };
  });
  const counts = { yes: 0, check: 0, no: 0 };
  const started = performance.now();
  for (const profile of profiles) counts[matchPolicy(profile, SELECTIVE, TODAY).verdict] += 1;
  const ms = performance.now() - started;
  console.log(JSON.stringify({ name: `matching · ${ENTERPRISES} profiles · in process (matchPolicy, explained)`, ms: Math.round(ms), perSecond: Math.round(ENTERPRISES / (ms / 1000)), ...counts }));
}

const sqlTime = (date) => date.toISOString().replace('T', ' ').replace('Z', '');

/** N residents, each the verified 管理员 of one enterprise that qualifies, each with one consent for the push template. */
async function populate(wechat) {
  const db = await openBenchDatabase('enterprise');
  const boot = await startApi(db.url, apiEnv(wechat, { DELIVERY_INTERVAL_MS: '0' }));
  await boot.stop();
  const now = sqlTime(new Date());
  await db.insert('resident', ['openid', 'created_at', 'last_login_at'], Array.from({ length: ENTERPRISES }, (_, i) => [`bench-e${i}`, now, now]));
  const residents = (await db.rows("SELECT id FROM resident WHERE openid LIKE 'bench-e%' ORDER BY id")).map((row) => Number(row.id));
  await db.insert(
    'enterprise',
    ['agency_id', 'credit_code', 'name', 'legal_representative', 'industry_code', 'employees', 'revenue_wan', 'assets_wan', 'district', 'founded_on', 'registered_capital_wan', 'qualifications', 'topics', 'muted', 'version', 'created_at', 'updated_at'],
    residents.map((_, i) => {
      const p = profileOf(i, true);
      return [1, `BENCH${String(i).padStart(13, '0')}`, `威海测试企业${i}`, '张三', p.industryCode, p.employees, p.revenueWan, null, p.district, p.foundedOn, 100, JSON.stringify(p.qualifications), '[]', 0, 1, now, now];
    }),
  );
  const enterprises = (await db.rows("SELECT id FROM enterprise WHERE credit_code LIKE 'BENCH%' ORDER BY id")).map((row) => Number(row.id));
  await db.insert(
    'enterprise_member',
    ['agency_id', 'enterprise_id', 'resident_id', 'role', 'status', 'joined_via', 'created_at', 'updated_at'],
    enterprises.map((id, i) => [1, id, residents[i], 'admin', 'verified', 'evidence', now, now]),
  );
  await db.insert('wechat_consent', ['agency_id', 'resident_id', 'template_kind', 'template_id', 'result', 'state', 'created_at'], residents.map((id) => [1, id, 'policy_push', TEMPLATE, 'accept', 'available', now]));
  return db;
}

function apiEnv(wechat, extra = {}) {
  return {
    SEED_DEMO: 'true',
    WECHAT_APPID: 'wx-test-app',
    WECHAT_SECRET: 'test-secret',
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_SUBSCRIBE_TEMPLATES: JSON.stringify({ policy_push: TEMPLATE }),
    DELIVERY_INTERVAL_MS: '100',
    DELIVERY_BATCH_SIZE: '1000',
    DELIVERY_CONCURRENCY: '64',
    DELIVERY_MAX_PER_SECOND: String(RATE),
    DELIVERY_LEASE_SECONDS: '30',
    REMINDER_INTERVAL_MS: '0',
    ...extra,
  };
}

async function call(api, method, urlPath, token, body) {
  const response = await fetch(`${api.baseUrl}${urlPath}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${method} ${urlPath} → ${response.status}: ${JSON.stringify(data)}`);
  return data;
}

async function pushToAll() {
  const wechat = await startFakeWechat();
  wechat.rateLimitPerSecond = RATE;
  const db = await populate(wechat);
  const api = await startApi(db.url, apiEnv(wechat));
  try {
    const login = async (username) => (await call(api, 'POST', '/api/admin/auth/login', null, { username, password: PASSWORD })).token;
    const [publisher, head] = [await login('publisher'), await login('head')];
    const item = {
      title: '制造业中小企业技术改造补贴',
      applicationConditions: '成立满 1 年的中小微制造业企业',
      supportStandard: '按设备投资额的 10% 给予补贴',
      applicationPeriod: '每年 10 月 31 日前',
      acceptingUnit: '规划与技术改造科',
      consultPhone: '0631-5287004',
      topics: ['技术改造'],
      conditions: EVERYONE,
    };
    const benefit = await call(api, 'POST', '/api/admin/policy-benefits', publisher, item);
    await call(api, 'POST', `/api/admin/policy-benefits/${benefit.id}/publish`, publisher);

    let started = performance.now();
    const audience = await call(api, 'POST', '/api/admin/pushes/audience', publisher, { benefitId: benefit.id });
    const previewMs = performance.now() - started;
    console.log(JSON.stringify({ name: `matching · ${ENTERPRISES} stored enterprises · API audience preview · ${db.kind}`, ms: Math.round(previewMs), enterprises: audience.enterprises, recipients: audience.recipients }));

    const push = await call(api, 'POST', '/api/admin/pushes', publisher, { benefitId: benefit.id, title: '技改补贴开始申报', summary: '请于10月31日前申报' });
    started = performance.now();
    await call(api, 'POST', `/api/admin/pushes/${push.id}/approval`, head, { approved: true });
    const deadline = performance.now() + TIMEOUT_S * 1000;
    let writtenMs = null;
    for (;;) {
      if (writtenMs === null) {
        const { status } = await db.one(`SELECT status FROM policy_push WHERE id = ${push.id}`);
        if (status === 'sent') writtenMs = performance.now() - started;
      }
      const { n } = await db.one(`SELECT COUNT(*) AS n FROM notification WHERE idempotency_key LIKE 'push:${push.id}:%' AND wechat_status IN ('pending', 'sending')`);
      if ((writtenMs !== null && Number(n) === 0) || performance.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const perPerson = new Map();
    for (const message of wechat.received) perPerson.set(message.touser, (perPerson.get(message.touser) ?? 0) + 1);
    const duplicates = [...perPerson.values()].reduce((sum, count) => sum + count - 1, 0);
    const shown = (await db.rows(`SELECT r.openid AS openid FROM notification n JOIN resident r ON r.id = n.recipient_id WHERE n.idempotency_key LIKE 'push:${push.id}:%' AND n.wechat_status IN ('unknown', 'failed', 'dead')`)).map((row) => row.openid);
    const missing = ENTERPRISES - new Set([...perPerson.keys(), ...shown]).size;
    const { n: inbox } = await db.one(`SELECT COUNT(*) AS n FROM notification WHERE idempotency_key LIKE 'push:${push.id}:%'`);
    const stats = (await call(api, 'GET', `/api/admin/pushes/${push.id}`, head)).stats;
    const rerun = await call(api, 'POST', `/api/admin/pushes/${push.id}/send`, head);
    const { n: after } = await db.one(`SELECT COUNT(*) AS n FROM notification WHERE idempotency_key LIKE 'push:${push.id}:%'`);
    console.log(
      JSON.stringify({
        name: `push · ${ENTERPRISES} enterprises · fake WeChat at ${RATE}/s · ${db.kind}`,
        notices: Number(inbox),
        writtenSeconds: writtenMs === null ? null : Number((writtenMs / 1000).toFixed(1)),
        deliveredSeconds: Number(seconds.toFixed(1)),
        perSecond: Math.round(wechat.received.length / seconds),
        received: wechat.received.length,
        duplicates,
        missing,
        wechatSent: stats.wechatSent,
        wechatUnknown: stats.wechatUnknown,
        rerunEnqueued: rerun.enqueued,
        noticesAfterRerun: Number(after),
      }),
    );
  } finally {
    await api.stop();
    await wechat.close();
    await db.drop();
  }
}

matchInProcess();
await pushToAll();
