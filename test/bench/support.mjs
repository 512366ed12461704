// Shared helpers of the benchmarks: a started API on a chosen database, and a bounded load loop measuring latency.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/**
 * A fresh database for one benchmark: a temporary SQLite file, or — with BENCH_DATABASE_URL=mysql://…/anydb — a new
 * utf8mb4 database beside the named one, dropped afterwards. `insert` bulk-loads rows, `rows`/`one` read.
 */
export async function openBenchDatabase(label) {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const file = path.join(os.tmpdir(), `govopen-bench-${label}-${process.pid}.sqlite`);
    const Database = require(require.resolve('better-sqlite3', { paths: [path.join(ROOT, 'apps/api')] }));
    const rows = async (sql) => {
      const db = new Database(file, { readonly: true });
      const all = db.prepare(sql).all();
      db.close();
      return all;
    };
    return {
      url: `sqlite:${file}`,
      kind: 'sqlite',
      async insert(table, columns, values) {
        const db = new Database(file);
        db.pragma('journal_mode = WAL');
        const statement = db.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES (${columns.map(() => '?').join(',')})`);
        db.transaction((all) => all.forEach((row) => statement.run(row)))(values);
        db.close();
      },
      rows,
      one: async (sql) => (await rows(sql))[0],
      drop: async () => ['', '-wal', '-shm'].forEach((suffix) => fs.rmSync(`${file}${suffix}`, { force: true })),
    };
  }
  const mysql = require('mysql2/promise');
  const name = `govopen_bench_${label}_${process.pid}`;
  const admin = await mysql.createConnection(server);
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const rows = async (sql) => {
    const connection = await mysql.createConnection(url.toString());
    const [all] = await connection.query(sql);
    await connection.end();
    return all;
  };
  return {
    url: url.toString(),
    kind: 'mysql',
    async insert(table, columns, values) {
      const connection = await mysql.createConnection(url.toString());
      for (let i = 0; i < values.length; i += 1000) {
        await connection.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ?`, [values.slice(i, i + 1000)]);
      }
      await connection.end();
    },
    rows,
    one: async (sql) => (await rows(sql))[0],
    drop: async () => {
      const connection = await mysql.createConnection(server);
      await connection.query(`DROP DATABASE IF EXISTS ${name}`);
      await connection.end();
    },
  };
}

export function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startApi(databaseUrl, env = {}, { profileDir } = {}) {
  const port = await freePort();
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(ROOT, 'apps/api/dist/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, NODE_ENV: 'development', STATIC_H5_DIR: 'off', STATIC_ADMIN_DIR: 'off', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`API exited ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    /** SIGKILL, as a crash would. */
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGKILL');
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `concurrency` loops each sending the next request as soon as the last answered, for `seconds`; every latency is
 * kept, so p95 is exact. `next(i)` gives [url, init] for request i. Non-2xx answers count as errors.
 */
export async function measure(name, next, { seconds = 10, concurrency = 10 } = {}) {
  const latencies = [];
  let errors = 0;
  let count = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const [url, init] = next(count++);
        const started = performance.now();
        const response = await fetch(url, init);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (!response.ok) errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
  console.log(
    `${name.padEnd(44)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  p99 ${row.p99.toFixed(1).padStart(6)} ms${errors ? `  ${errors} errors` : ''}`,
  );
  return row;
}

/**
 * Loads a TypeScript module of the test support (e.g. the fake WeChat server) into a bench, transpiled by the SWC
 * the jest preset uses, so bench and e2e share one copy of it.
 */
export function loadTestSupport(relativePath) {
  const swc = require('@swc/core');
  const source = path.join(ROOT, relativePath);
  const { code } = swc.transformFileSync(source, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
  const target = path.join(os.tmpdir(), `govopen-bench-${path.basename(source, '.ts')}-${process.pid}.cjs`);
  fs.writeFileSync(target, code);
  return require(target);
}
