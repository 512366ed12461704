// 依申请公开 at scale: 100,000 seeded requests, then the staff queue (unit + state filter, due-date order, first page)
// and the resident "mine" list under load. Prints p50/p95/p99; target p95 < 50 ms. SQLite by default,
// MySQL/MariaDB when BENCH_DATABASE_URL=mysql://…/anydb (a fresh database is created beside it and dropped after).
import { createRequire } from 'node:module';
import path from 'node:path';
import { measure, openBenchDatabase, ROOT, startApi } from './support.mjs';

const require = createRequire(import.meta.url);
const domain = require(path.join(ROOT, 'packages/domain/dist/index.js'));
const { packageCalendarYears } = require(path.join(ROOT, 'apps/api/dist/database/seed/holiday-package.js'));

const REQUESTS = Number(process.env.BENCH_REQUESTS || 100_000);
const RESIDENTS = 20_000;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);

const years = packageCalendarYears();
const calendar = domain.createWorkingCalendar([...years.keys()], [...years.values()].flat());

function pick(i, weights) {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let point = (i * 7919) % total;
  for (const [value, weight] of weights) {
    if (point < weight) return value;
    point -= weight;
  }
  return weights[0][0];
}

/** A lawful event history for a request in `status`, received on `day`, and its projection. */
function history(status, day, unitId) {
  const events = [{ type: 'submitted', date: day, channel: 'online' }];
  if (status !== 'submitted') events.push({ type: 'registered', date: day, receivedDate: day });
  if (!['submitted', 'received'].includes(status)) events.push({ type: 'assigned', date: day, unitId, assistUnitIds: [] });
  if (status === 'awaiting_supplement') events.push({ type: 'supplement_requested', date: day, dueDate: domain.addDays(day, 14), items: '请写明文号' });
  if (status === 'consulting') events.push({ type: 'consultation_sent', date: day, party: 'third_party', dueDate: domain.addWorkingDays(calendar, day, 15) });
  if (status === 'closed') events.push({ type: 'replied', date: domain.addWorkingDays(calendar, day, 12), outcome: 'disclosed' });
  const state = domain.deriveRequestState(events, calendar);
  const deadline = domain.deadlineOf(state, calendar, '2026-11-20');
  return { events, state, dueDate: deadline.dueDate };
}

const db = await openBenchDatabase('disclosure');
let api;
try {
  // Schema, reference data and demo staff come from the API itself.
  api = await startApi(db.url, { SEED_DEMO: 'true' });
  await api.stop();
  const unitIds = [1, 2, 3, 4, 5, 6];

  const seedStarted = performance.now();
  // Datetimes as SQL text, the form both drivers take and TypeORM reads back.
  const sqlTime = (date) => date.toISOString().replace('T', ' ').replace('Z', '');
  const now = sqlTime(new Date('2026-11-20T02:00:00Z'));
  await db.insert(
    'resident',
    ['openid', 'created_at', 'last_login_at'],
    Array.from({ length: RESIDENTS }, (_, i) => [`dev:bench-${i + 1}`, now, now]),
  );
  const statuses = [['submitted', 8], ['received', 7], ['in_progress', 45], ['awaiting_supplement', 5], ['consulting', 5], ['closed', 30]];
  const requestColumns = ['tracking_number', 'agency_id', 'resident_id', 'idempotency_key', 'channel', 'applicant_type', 'applicant_name', 'id_type', 'id_number_enc', 'id_number_masked', 'phone_enc', 'phone_masked', 'address_enc', 'applicant_fingerprint', 'title', 'description', 'provision_method', 'delivery_method', 'pledge', 'status', 'unit_id', 'received_date', 'due_date', 'sort_due_date', 'closed_date', 'outcome', 'extended', 'submitted_at', 'updated_at', 'version'];
  const eventColumns = ['request_id', 'seq', 'type', 'event_date', 'at', 'actor_type', 'actor_id', 'actor_name', 'payload'];
  const first = 1 + Number((await db.one('SELECT COUNT(*) AS n FROM disclosure_request')).n);
  const batch = 10_000;
  for (let start = 0; start < REQUESTS; start += batch) {
    const requests = [];
    const events = [];
    for (let i = start; i < Math.min(REQUESTS, start + batch); i += 1) {
      const status = pick(i, statuses);
      // Received between 2025-01-02 and 2026-11-13, open cases mostly recent.
      const offset = status === 'closed' ? i % 680 : 600 + (i % 80);
      const day = domain.addDays('2025-01-02', offset);
      const unitId = unitIds[i % unitIds.length];
      const { events: list, state, dueDate } = history(status, day, unitId);
      const at = sqlTime(new Date(`${day}T02:00:00Z`));
      requests.push([`YSQB${String(i).padStart(8, '0')}`, 1, (i % RESIDENTS) + 1, `bench-${i}`, 'online', 'citizen', `申请人${i}`, 'resident_id', 'v1:bench', '110105********002X', 'v1:bench', '138****5678', 'v1:bench', `fp-${i % 30000}`, `政府信息公开申请 ${i}：工业企业技术改造专项资金`, '申请公开某年度专项资金分配结果，包括企业名单和金额。', 'email', 'email', 1, state.status, state.unitId, state.receivedDate, dueDate, dueDate ?? '9999-12-31', state.closedDate, state.outcome, 0, at, at, list.length]);
      list.forEach((event, index) => events.push([first + i, index + 1, event.type, event.date, at, index === 0 ? 'resident' : 'staff', null, index === 0 ? null : 'bench', JSON.stringify({ event, details: {} })]));
    }
    await db.insert('disclosure_request', requestColumns, requests);
    await db.insert('disclosure_request_event', eventColumns, events);
  }
  const count = Number((await db.one('SELECT COUNT(*) AS n FROM disclosure_request')).n);
  console.log(`seeded ${count.toLocaleString()} requests on ${db.kind} in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  api = await startApi(db.url, { CLOCK_NOW: '2026-11-20T02:00:00Z', NODE_ENV: 'test', DEV_LOGIN_ENABLED: 'true'}, {
    // BENCH_PROFILE=dir writes a CPU profile of the API under load, for finding what to make faster.
    profileDir: process.env.BENCH_PROFILE,
  });
  const login = async (username) =>
    (await (await fetch(`${api.baseUrl}/api/admin/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'GovOpen@2026' }) })).json()).token;
  const head = await login('head');
  const handler = await login('handler');
  const residents = [];
  for (let i = 1; i <= 200; i += 1) {
    const response = await fetch(`${api.baseUrl}/api/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid: `bench-${i}` }) });
    residents.push((await response.json()).token);
  }
  const auth = (token) => ({ headers: { authorization: `Bearer ${token}` } });
  const queues = ['in_progress', 'to_register', 'to_assign', 'overdue', 'due_soon', 'closed'];

  console.log(`load: 10 concurrent clients, ${SECONDS} s each`);
  await measure('warm-up', (i) => [`${api.baseUrl}/api/admin/disclosure-requests?queue=in_progress&unitId=${unitIds[i % 6]}`, auth(head)], { seconds: 2 });
  await measure('staff queue: unit + 办理中, by due date, page 1', (i) => [`${api.baseUrl}/api/admin/disclosure-requests?queue=in_progress&unitId=${unitIds[i % 6]}`, auth(head)], { seconds: SECONDS });
  await measure('staff queue: unit + any state, page 1', (i) => [`${api.baseUrl}/api/admin/disclosure-requests?queue=${queues[i % queues.length]}&unitId=${unitIds[i % 6]}`, auth(head)], { seconds: SECONDS });
  await measure('handler queue (own unit), page 1', (i) => [`${api.baseUrl}/api/admin/disclosure-requests?queue=${queues[i % queues.length]}`, auth(handler)], { seconds: SECONDS });
  await measure('resident "mine" (5 requests each)', (i) => [`${api.baseUrl}/api/disclosure-requests/mine`, auth(residents[i % residents.length])], { seconds: SECONDS });
} finally {
  await api?.stop();
  // BENCH_KEEP=1 leaves the seeded database for EXPLAIN and friends.
  if (!process.env.BENCH_KEEP) await db.drop();
}
