// Notice delivery: BENCH_NOTICES (100,000) pending notices, one per resident, each resident with one one-time consent,
// delivered by the API's dispatcher to the local fake of WeChat limited to BENCH_WECHAT_RATE sends a second (3,000).
// Prints time, throughput, and what the fake's ledger shows: duplicates (must be 0), missing (must be 0), unknown.
// Variants (no target): the dispatcher killed twice mid-run and restarted; on MySQL/MariaDB (BENCH_DATABASE_URL), two
// API instances dispatching together.
import { loadTestSupport, openBenchDatabase, startApi } from './support.mjs';

const NOTICES = Number(process.env.BENCH_NOTICES || 100_000);
const RATE = Number(process.env.BENCH_WECHAT_RATE || 3_000);
const TIMEOUT_S = Number(process.env.BENCH_DELIVERY_TIMEOUT || 600);
const TEMPLATE = 'tmpl-progress';
const { startFakeWechat } = loadTestSupport('test/e2e/support/fake-wechat.ts');

const sqlTime = (date) => date.toISOString().replace('T', ' ').replace('Z', '');

function apiEnv(wechat, extra = {}) {
  return {
    SEED_DEMO: 'true',
    WECHAT_APPID: 'wx-test-app',
    WECHAT_SECRET: 'test-secret',
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_SUBSCRIBE_TEMPLATES: JSON.stringify({ disclosure_progress: TEMPLATE }),
    DELIVERY_INTERVAL_MS: '100',
    DELIVERY_BATCH_SIZE: '1000',
    DELIVERY_CONCURRENCY: '64',
    DELIVERY_MAX_PER_SECOND: String(RATE),
    DELIVERY_LEASE_SECONDS: '5',
    REMINDER_INTERVAL_MS: '0',
    ...extra,
  };
}

/** A fresh database with N residents, each with one unused consent and one pending 受理 notice. */
async function populate(label, wechat) {
  const db = await openBenchDatabase(label);
  const boot = await startApi(db.url, apiEnv(wechat, { DELIVERY_INTERVAL_MS: '0' }));
  await boot.stop();
  const now = sqlTime(new Date());
  const residents = Array.from({ length: NOTICES }, (_, i) => [`bench-o${i}`, now, now]);
  await db.insert('resident', ['openid', 'created_at', 'last_login_at'], residents);
  const ids = (await db.rows("SELECT id, openid FROM resident WHERE openid LIKE 'bench-o%' ORDER BY id")).map((row) => Number(row.id));
  await db.insert('wechat_consent', ['agency_id', 'resident_id', 'template_kind', 'template_id', 'result', 'state', 'created_at'], ids.map((id) => [1, id, 'disclosure_progress', TEMPLATE, 'accept', 'available', now]));
  const facts = JSON.stringify({ subject: '2024年威海市工业企业技术改造专项资金分配结果', phrase: '已受理', at: new Date().toISOString(), hint: '最晚2026年12月21日前答复' });
  await db.insert(
    'notification',
    ['agency_id', 'recipient_type', 'recipient_id', 'kind', 'title', 'body', 'link', 'idempotency_key', 'wechat_status', 'attempts', 'created_at', 'subject', 'wechat_template', 'wechat_facts'],
    ids.map((id, i) => [1, 'resident', id, 'disclosure.registered', '申请已受理', '您的申请已受理。', `/packages/disclosure/pages/detail/index?id=${i + 1}`, `bench:${i}`, 'pending', 0, now, '技改资金分配结果', 'disclosure_progress', facts]),
  );
  return db;
}

/** Waits until no notice is pending or sending, then reads the ledger against the database. */
async function settle(db, wechat, startedAt) {
  const deadline = performance.now() + TIMEOUT_S * 1000;
  for (;;) {
    const { n } = await db.one("SELECT COUNT(*) AS n FROM notification WHERE wechat_status IN ('pending', 'sending')");
    if (Number(n) === 0 || performance.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (performance.now() - startedAt) / 1000;
  const perPerson = new Map();
  for (const message of wechat.received) perPerson.set(message.touser, (perPerson.get(message.touser) ?? 0) + 1);
  const duplicates = [...perPerson.values()].reduce((sum, count) => sum + count - 1, 0);
  const statuses = Object.fromEntries((await db.rows('SELECT wechat_status AS s, COUNT(*) AS n FROM notification GROUP BY wechat_status')).map((row) => [row.s, Number(row.n)]));
  // Missing: a person neither reached nor shown to staff (unknown, failed, given up).
  const shown = (await db.rows("SELECT r.openid AS openid FROM notification n JOIN resident r ON r.id = n.recipient_id WHERE n.wechat_status IN ('unknown', 'failed', 'dead')")).map((row) => row.openid);
  const accounted = new Set([...perPerson.keys(), ...shown]);
  const missing = NOTICES - accounted.size;
  return { seconds: Number(seconds.toFixed(1)), perSecond: Math.round(wechat.received.length / seconds), received: wechat.received.length, duplicates, missing, unknown: statuses.unknown ?? 0, statuses };
}

async function plainRun() {
  const wechat = await startFakeWechat();
  wechat.rateLimitPerSecond = RATE;
  const db = await populate('delivery', wechat);
  const startedAt = performance.now();
  // BENCH_PROFILE_DIR: a CPU profile of the dispatching instance, to see where the time goes.
  const api = await startApi(db.url, apiEnv(wechat), { profileDir: process.env.BENCH_PROFILE_DIR });
  try {
    const result = await settle(db, wechat, startedAt);
    console.log(JSON.stringify({ name: `delivery · ${NOTICES} notices · fake at ${RATE}/s · one instance · ${db.kind}`, target: '< 60 s, duplicates 0, missing 0', ...result }));
  } finally {
    await api.stop();
    await wechat.close();
    await db.drop();
  }
}

async function killedTwice() {
  const wechat = await startFakeWechat();
  wechat.rateLimitPerSecond = RATE;
  const db = await populate('delivery-kill', wechat);
  const startedAt = performance.now();
  let api = await startApi(db.url, apiEnv(wechat));
  try {
    for (const fraction of [0.25, 0.6]) {
      while (wechat.received.length < NOTICES * fraction) await new Promise((resolve) => setTimeout(resolve, 50));
      await api.kill();
      api = await startApi(db.url, apiEnv(wechat));
    }
    const result = await settle(db, wechat, startedAt);
    console.log(JSON.stringify({ name: `delivery · ${NOTICES} notices · killed twice mid-run · ${db.kind}`, ...result }));
  } finally {
    await api.stop();
    await wechat.close();
    await db.drop();
  }
}

async function twoInstances() {
  const wechat = await startFakeWechat();
  wechat.rateLimitPerSecond = RATE;
  const db = await populate('delivery-two', wechat);
  const startedAt = performance.now();
  // Each instance paces itself to half of WeChat's rate.
  const apis = await Promise.all([0, 1].map(() => startApi(db.url, apiEnv(wechat, { DELIVERY_MAX_PER_SECOND: String(Math.ceil(RATE / 2)), SEED_DEMO: 'false' }))));
  try {
    const result = await settle(db, wechat, startedAt);
    console.log(JSON.stringify({ name: `delivery · ${NOTICES} notices · two instances · ${db.kind}`, ...result }));
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await wechat.close();
    await db.drop();
  }
}

await plainRun();
if (process.env.BENCH_DELIVERY_PLAIN_ONLY) process.exit(0);
await killedTwice();
if (process.env.BENCH_DATABASE_URL) await twoInstances();
