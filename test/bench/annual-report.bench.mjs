// 年度报告 at scale: a year of 1,000,000 seeded requests (BENCH_REQUESTS to change it), then the 2025 report's table 三
// as staff open it (GET /api/admin/annual-reports/2025: one grouped query over the projected columns and table-三
// codes, table 四 and the fees from the review and fee events, the checks). Prints the time of each read; target < 2 s. The figures are
// compared with the domain's computeTable3 over the same facts, and the bench prints what computing from the events
// would cost instead. SQLite by default, MySQL/MariaDB with BENCH_DATABASE_URL=mysql://…/anydb.
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openBenchDatabase, ROOT, startApi } from './support.mjs';

const require = createRequire(import.meta.url);
const domain = require(path.join(ROOT, 'packages/domain/dist/index.js'));
const { packageCalendarYears } = require(path.join(ROOT, 'apps/api/dist/database/seed/holiday-package.js'));

const REQUESTS = Number(process.env.BENCH_REQUESTS || 1_000_000);
const READS = 5;
const YEAR = 2025;
const years = packageCalendarYears();
const calendar = domain.createWorkingCalendar([...years.keys()], [...years.values()].flat());

const KINDS = [['citizen', null, 70], ['organization', 'business', 14], ['organization', 'research', 3], ['organization', 'public_interest', 3], ['organization', 'legal_service', 4], ['organization', 'other', 6]];
const REPLY_OUTCOMES = Object.values(domain.Outcome).filter((outcome) => !['other_supplement_overdue', 'other_fee_unpaid'].includes(outcome));

function pick(i, weighted) {
  const total = weighted.reduce((sum, entry) => sum + entry[entry.length - 1], 0);
  let point = (i * 7919) % total;
  for (const entry of weighted) {
    if (point < entry[entry.length - 1]) return entry;
    point -= entry[entry.length - 1];
  }
  return weighted[0];
}

/**
 * Request i, received between 2024-06-01 and 2026-01-31 (so it may count in 二, 一 or not at all), closed within 40
 * days, withdrawn, lapsed, left open or never registered, by a spread of applicants and outcomes.
 */
function facts(i) {
  const [applicantType, organizationKind] = pick(i, KINDS);
  const received = domain.addDays('2024-06-01', (i * 37) % 610);
  const fate = i % 20;
  if (fate === 0) return { applicantType, organizationKind, receivedDate: null, closedDate: null, outcome: null, withdrawn: false, status: 'submitted' };
  if (fate === 1) return { applicantType, organizationKind, receivedDate: received, closedDate: null, outcome: null, withdrawn: false, status: 'in_progress' };
  const closed = domain.addDays(received, 1 + ((i * 13) % 40));
  if (fate === 2) return { applicantType, organizationKind, receivedDate: received, closedDate: closed, outcome: null, withdrawn: true, status: 'withdrawn' };
  if (fate === 3) return { applicantType, organizationKind, receivedDate: received, closedDate: closed, outcome: 'other_supplement_overdue', withdrawn: false, status: 'closed' };
  return { applicantType, organizationKind, receivedDate: received, closedDate: closed, outcome: REPLY_OUTCOMES[(i * 31) % REPLY_OUTCOMES.length], withdrawn: false, status: 'closed' };
}

/** The history the same facts come from, for measuring the computation from events. */
function history(request) {
  if (request.receivedDate === null) return [{ type: 'submitted', date: '2025-03-03', channel: 'online' }];
  const events = [{ type: 'submitted', date: request.receivedDate, channel: 'in_person' }];
  if (request.closedDate === null) return events;
  if (request.withdrawn) return [...events, { type: 'withdrawn', date: request.closedDate }];
  if (request.outcome === 'other_supplement_overdue') {
    return [...events, { type: 'supplement_requested', date: request.receivedDate, dueDate: domain.addDays(request.receivedDate, 1), items: '请写明文号' }, { type: 'supplement_expired', date: request.closedDate }];
  }
  return [...events, { type: 'replied', date: request.closedDate, outcome: request.outcome }];
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const db = await openBenchDatabase('report');
let api;
try {
  api = await startApi(db.url, { SEED_DEMO: 'true' });
  await api.stop();

  const seedStarted = performance.now();
  const sqlTime = (date) => date.toISOString().replace('T', ' ').replace('Z', '');
  const at = sqlTime(new Date('2026-01-10T02:00:00Z'));
  const requestColumns = ['tracking_number', 'agency_id', 'idempotency_key', 'channel', 'applicant_type', 'organization_kind', 'applicant_name', 'phone_enc', 'phone_masked', 'address_enc', 'applicant_fingerprint', 'title', 'description', 'provision_method', 'delivery_method', 'pledge', 'status', 'unit_id', 'received_date', 'due_date', 'sort_due_date', 'closed_date', 'outcome', 'report_column', 'report_leaf', 'extended', 'submitted_at', 'updated_at', 'version'];
  const eventColumns = ['request_id', 'seq', 'type', 'event_date', 'at', 'actor_type', 'actor_id', 'actor_name', 'payload'];
  const first = 1 + Number((await db.one('SELECT COUNT(*) AS n FROM disclosure_request')).n);
  const all = [];
  const batch = 50_000;
  for (let start = 0; start < REQUESTS; start += batch) {
    const requests = [];
    const events = [];
    for (let i = start; i < Math.min(REQUESTS, start + batch); i += 1) {
      const request = facts(i);
      all.push(request);
      // The codes the case store projects from the events (table3CodesOf), as it would have for each of these.
      const codes = domain.table3CodesOf(request);
      requests.push([`YSQB${String(i).padStart(9, '0')}`, 1, `report-${i}`, 'in_person', request.applicantType, request.organizationKind, `申请人${i}`, 'v1:bench', '138****5678', 'v1:bench', `fp-${i % 50000}`, `政府信息公开申请 ${i}`, '申请公开某年度专项资金分配结果。', 'paper', 'post', 1, request.status, 1, request.receivedDate, null, '9999-12-31', request.closedDate, request.outcome, codes.column, codes.leaf, 0, at, at, 1]);
      // One request in 100 has a 复议 or 诉讼 recorded, one in 250 paid a fee: what table 四 and section 六 read.
      const id = first + i;
      if (request.status === 'closed' && i % 100 === 4) {
        const event = { type: 'review_recorded', date: request.closedDate, kind: ['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'][i % 3], result: ['upheld', 'corrected', 'other', 'pending'][i % 4] };
        events.push([id, 1, event.type, event.date, at, 'staff', null, 'bench', JSON.stringify({ event, details: {} })]);
      }
      if (request.receivedDate && i % 250 === 5) {
        const notified = { type: 'fee_notified', date: request.receivedDate, amountYuan: 100 };
        const paid = { type: 'fee_paid', date: domain.addDays(request.receivedDate, 3) };
        events.push([id, 2, notified.type, notified.date, at, 'staff', null, 'bench', JSON.stringify({ event: notified, details: {} })]);
        events.push([id, 3, paid.type, paid.date, at, 'staff', null, 'bench', JSON.stringify({ event: paid, details: {} })]);
      }
    }
    await db.insert('disclosure_request', requestColumns, requests);
    if (events.length) await db.insert('disclosure_request_event', eventColumns, events);
  }
  const count = Number((await db.one('SELECT COUNT(*) AS n FROM disclosure_request')).n);
  console.log(`seeded ${count.toLocaleString()} requests on ${db.kind} in ${seconds(performance.now() - seedStarted)}`);

  api = await startApi(db.url, { CLOCK_NOW: '2026-01-10T02:00:00Z', NODE_ENV: 'test' });
  const login = await fetch(`${api.baseUrl}/api/admin/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'head', password: 'GovOpen@2026' }) });
  const headers = { authorization: `Bearer ${(await login.json()).token}` };

  const times = [];
  let report;
  for (let read = 0; read <= READS; read += 1) {
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}/api/admin/annual-reports/${YEAR}`, { headers });
    report = await response.json();
    if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(report)}`);
    times.push(performance.now() - started);
  }
  const [cold, ...warm] = times;
  warm.sort((a, b) => a - b);
  console.log(`GET /api/admin/annual-reports/${YEAR} (table 三 of ${count.toLocaleString()} requests, 四, fees, checks):`);
  console.log(`  first read ${seconds(cold)}; then ${READS} reads: median ${seconds(warm[Math.floor(warm.length / 2)])}, slowest ${seconds(warm[warm.length - 1])} (target < 2 s)`);
  console.log(`  一 ${report.table3.rows['一'].total.toLocaleString()} · 二 ${report.table3.rows['二'].total.toLocaleString()} · 三（七） ${report.table3.rows['三（七）'].total.toLocaleString()} · 四 ${report.table3.rows['四'].total.toLocaleString()}; fees ¥${report.feesCollected.toLocaleString()}`);

  const domainStarted = performance.now();
  const expected = domain.computeTable3(all, YEAR);
  const domainTime = performance.now() - domainStarted;
  console.log(`  same as the domain's computeTable3 over the same ${all.length.toLocaleString()} facts in memory (${seconds(domainTime)}): ${isDeepStrictEqual(expected, report.table3.rows) ? 'yes' : 'NO'}`);

  // The alternative the grouped query replaces: folding each request's events into its state. Measured in memory on
  // 100,000 histories (no database read, no JSON parsing), then scaled.
  const sample = all.slice(0, 100_000).map(history);
  const foldStarted = performance.now();
  for (const events of sample) domain.reportFactsOf(domain.deriveRequestState(events, calendar), { type: 'citizen' });
  const fold = performance.now() - foldStarted;
  console.log(`  from events instead: ${seconds(fold)} for ${sample.length.toLocaleString()} histories folded in memory, ~${seconds((fold * count) / sample.length)} for ${count.toLocaleString()} before reading and parsing their events`);
} finally {
  await api?.stop();
  if (!process.env.BENCH_KEEP) await db.drop();
}
