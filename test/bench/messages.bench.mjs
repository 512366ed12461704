// 网民留言 under a crowd: 200 residents posting at once for 60 s against the started API (BENCH_MESSAGE_SECONDS,
// BENCH_POSTERS to change). Every 25th post is sent twice with the same idempotency key, as a phone retrying on a
// flaky network does. Prints throughput and latency, then checks the database: every acknowledged post stored,
// exactly once. SQLite by default; MySQL/MariaDB when BENCH_DATABASE_URL=mysql://…/anydb (a fresh database beside it).
import { randomUUID } from 'node:crypto';
import { openBenchDatabase, startApi } from './support.mjs';

const SECONDS = Number(process.env.BENCH_MESSAGE_SECONDS || 60);
const POSTERS = Number(process.env.BENCH_POSTERS || 200);
/** The first seconds fill caches (calendar, word list, board limits) and JIT: posted and checked, not timed. */
const WARMUP_SECONDS = 3;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const db = await openBenchDatabase('messages');
// The flood limit (10 an hour per account) is tested in e2e; here it is lifted to measure the write path itself.
const api = await startApi(db.url, { SEED_DEMO: 'true', DEV_LOGIN_ENABLED: 'true', MESSAGE_POSTS_PER_HOUR: '999999', LOG_REQUESTS: 'false' });
try {
  const tokens = [];
  for (let i = 0; i < POSTERS; i += 1) {
    const response = await fetch(`${api.baseUrl}/api/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid: `bench-poster-${i}` }) });
    tokens.push((await response.json()).token);
  }
  const acknowledged = new Map();
  const latencies = [];
  let refused = 0;
  let failed = 0;
  let retries = 0;
  let sent = 0;
  const warmupEnd = performance.now() + WARMUP_SECONDS * 1000;
  const deadline = Date.now() + (WARMUP_SECONDS + SECONDS) * 1000;
  await Promise.all(
    tokens.map(async (token, poster) => {
      let previousKey = null;
      while (Date.now() < deadline) {
        sent += 1;
        const retry = previousKey !== null && sent % 25 === 0;
        const key = retry ? previousKey : randomUUID();
        if (retry) retries += 1;
        const body = { board: ['general', 'inquiry', 'suggestion', 'complaint', 'leader_mailbox'][sent % 5], title: `压力测试留言 ${poster}-${sent}`, body: '请问企业技术改造专项资金的申报时间和材料要求是什么？希望尽快答复。', public: sent % 2 === 0, idempotencyKey: key };
        const begin = performance.now();
        try {
          const response = await fetch(`${api.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
          const answer = await response.json();
          if (begin >= warmupEnd) latencies.push(performance.now() - begin);
          if (response.status === 201) {
            const seen = acknowledged.get(key);
            if (seen !== undefined && seen !== answer.id) throw new Error(`key ${key} acknowledged as ${seen} and ${answer.id}`);
            acknowledged.set(key, answer.id);
            previousKey = key;
          } else if (response.status === 429) refused += 1;
          else failed += 1;
        } catch (error) {
          if (String(error.message).startsWith('key ')) throw error;
          failed += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - warmupEnd) / 1000;
  latencies.sort((a, b) => a - b);
  const ids = new Set(acknowledged.values());
  console.log(
    JSON.stringify({
      name: `POST /api/messages · ${POSTERS} residents · ${SECONDS} s · ${db.kind}`,
      requests: latencies.length,
      acknowledgedIncludingWarmup: acknowledged.size,
      retriesSent: retries,
      rps: Math.round(latencies.length / elapsed),
      p50: Number(percentile(latencies, 50).toFixed(1)),
      p95: Number(percentile(latencies, 95).toFixed(1)),
      p99: Number(percentile(latencies, 99).toFixed(1)),
      refused,
      failed,
    }),
  );
  const [{ n: stored }] = await db.rows("SELECT COUNT(*) AS n FROM message WHERE title LIKE '压力测试留言%'");
  const duplicates = await db.rows("SELECT resident_id, idempotency_key, COUNT(*) AS n FROM message WHERE title LIKE '压力测试留言%' GROUP BY resident_id, idempotency_key HAVING COUNT(*) > 1");
  const storedIds = new Set((await db.rows("SELECT id FROM message WHERE title LIKE '压力测试留言%'")).map((row) => Number(row.id)));
  const missing = [...ids].filter((id) => !storedIds.has(id));
  console.log(JSON.stringify({ check: 'every acknowledged post stored once', acknowledgedKeys: acknowledged.size, distinctIds: ids.size, stored: Number(stored), missing: missing.length, duplicated: duplicates.length }));
  if (missing.length || duplicates.length || Number(stored) !== ids.size || ids.size !== acknowledged.size) {
    console.error('COUNT CHECK FAILED');
    process.exitCode = 1;
  }
} finally {
  await api.stop();
  await db.drop();
}
