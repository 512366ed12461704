// HTTP benchmark: the started API against a bare node:http server returning the same JSON, same machine, same run.
// Prints numbers; asserts nothing (targets are read by people, not by the test suite).
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const ENDPOINT = '/api/calendar/add-working-days?from=2024-09-27&days=20';

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never answered`);
}

// Varied queries: 1,035 start dates from 2024-01-01 to 2026-10-31 (so none runs into 2027) × 31 day counts, so the API's micro-cache mostly misses.
function variedPath() {
  const from = new Date(Date.UTC(2024, 0, 1) + Math.floor(Math.random() * 1035) * 86_400_000).toISOString().slice(0, 10);
  return `/api/calendar/add-working-days?from=${from}&days=${Math.floor(Math.random() * 31)}`;
}

function load(url, { duration = DURATION, varied = false } = {}) {
  const requests = varied ? [{ setupRequest: (request) => ({ ...request, path: variedPath() }) }] : undefined;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(name, url, options = {}) {
  await load(url, { ...options, duration: 2 }); // warm-up, discarded
  const result = await load(url, options);
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function print(rows) {
  for (const row of rows) {
    console.log(`${row.name.padEnd(34)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${String(row.p50).padStart(3)} ms   p99 ${String(row.p99).padStart(3)} ms`);
  }
}

const database = path.join(os.tmpdir(), `govopen-bench-${process.pid}.sqlite`);
const apiPort = await freePort();
const barePort = await freePort();
const api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, PORT: String(apiPort), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${database}`, NODE_ENV: 'development', STATIC_H5_DIR: 'off', STATIC_ADMIN_DIR: 'off' },
  stdio: 'ignore',
});
const bareServer = fork(path.join(here, 'bare-server.mjs'), [String(barePort)], { stdio: 'ignore' });
try {
  await waitFor(`http://127.0.0.1:${apiPort}/api/health`);
  await waitFor(`http://127.0.0.1:${barePort}/`);
  const apiUrl = `http://127.0.0.1:${apiPort}${ENDPOINT}`;
  const apiAnswer = await (await fetch(apiUrl)).json();
  const bareAnswer = await (await fetch(`http://127.0.0.1:${barePort}/`)).json();
  if (JSON.stringify(apiAnswer) !== JSON.stringify(bareAnswer)) throw new Error(`answers differ: ${JSON.stringify(apiAnswer)}`);

  console.log(`GET ${ENDPOINT}: ${CONNECTIONS} connections, ${DURATION} s each, autocannon in this process, servers in their own`);
  const bare = await measure('bare node:http', `http://127.0.0.1:${barePort}/`);
  const same = await measure('API, one URL (micro-cache hits)', apiUrl);
  const varied = await measure('API, varied URLs (cache misses)', `http://127.0.0.1:${apiPort}/`, { varied: true });
  print([bare, same, varied]);
  console.log(`ratio API / bare, one URL:     ${(same.rps / bare.rps).toFixed(2)} (target ≥ 0.50)`);
  console.log(`ratio API / bare, varied URLs: ${(varied.rps / bare.rps).toFixed(2)}`);
} finally {
  api.kill();
  bareServer.kill();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true });
}
