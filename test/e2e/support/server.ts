import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApiClient, createApiClient, fetchTransport } from '@govopen/contracts';
import { CONTRACT_VIOLATIONS_FILE } from './contract-violations';
import { createTestDatabase, TestDatabase } from './database';

export const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'apps/api/dist/main.js');

export interface StartedServer {
  baseUrl: string;
  api: (token?: string | null) => ApiClient;
  request: (method: string, urlPath: string, init?: { body?: string | object; token?: string; headers?: Record<string, string> }) => Promise<{ status: number; body: any }>;
  database: TestDatabase;
  output: () => string;
  /** SIGKILL, as a crash would: no shutdown hooks, the database left as the kill found it. */
  kill: () => Promise<void>;
  /** Stops the process and keeps the database, to start again on it (a moved clock, a restart). */
  stop_keepDatabase: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Moves a test server on in time: stops `previous` keeping its database and starts again on that database with
 * `env` (a later CLOCK_NOW, the same PORT so browser storage and tokens keep their origin). The first call starts
 * on a fresh database.
 */
export async function restartAt(previous: StartedServer | null, env: Record<string, string>): Promise<StartedServer> {
  if (previous) await previous.stop_keepDatabase();
  return startServer(env, previous?.database);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the built API (apps/api/dist) as a child process on a fresh database: a temporary SQLite file, or a new
 * database on the MySQL/MariaDB server named by E2E_DATABASE_URL. Black-box: tests talk to it only over HTTP.
 */
export async function startServer(env: Record<string, string> = {}, reuse?: TestDatabase): Promise<StartedServer> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npm test does)`);
  const database = reuse ?? (await createTestDatabase());
  // A fixed PORT keeps the origin across restarts (browser storage, tokens) when a test moves the clock on.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let output = '';
  // Every answer is checked against the OpenAPI document (NODE_ENV=test only; a test may run the server as production).
  const contractCheck = (env.NODE_ENV ?? 'test') === 'test' ? { CONTRACT_CHECK_FILE: CONTRACT_VIOLATIONS_FILE } : {};
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      SEED_DEMO: 'true',
      DEV_LOGIN_ENABLED: 'true',
      STATIC_H5_DIR: 'off',
      STATIC_ADMIN_DIR: 'off',
      // Journeys sign in far more often than a person; the limits have their own tests (sign-in.e2e), which set them.
      RATE_LIMITS: 'off',
      // One media folder per database, so a restart on the same database finds its files again.
      MEDIA_DIR: path.join(os.tmpdir(), 'govopen-media', createHash('sha1').update(database.url).digest('hex').slice(0, 16)),
      ...contractCheck,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    database,
    api: (token) => createApiClient({ transport: fetchTransport(`${baseUrl}/api`), getToken: () => token ?? null }),
    request: async (method, urlPath, init = {}) => {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | undefined;
      if (init.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      }
      const response = await fetch(`${baseUrl}${urlPath}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed };
    },
    output: () => output,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    stop_keepDatabase: () => terminate(child, () => output),
    stop: async () => {
      await terminate(child, () => output);
      await database.drop();
    },
  };
}

const GRACEFUL_STOP_MS = 15_000;

/**
 * SIGTERM and wait for the graceful shutdown; a server that has not exited after 15 s is killed (and says so), so one
 * stuck shutdown cannot hang a whole journey that restarts the server to move its clock.
 */
async function terminate(child: ChildProcess, output: () => string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    console.warn(`server did not stop within ${GRACEFUL_STOP_MS / 1000} s of SIGTERM; killing it. Last output:\n${output().slice(-2000)}`);
    child.kill('SIGKILL');
  }, GRACEFUL_STOP_MS);
  await exited;
  clearTimeout(timer);
}

/** Runs the API with the given environment and answers how it ended: for boot-time config checks. */
export function runServerToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, STATIC_H5_DIR: 'off', STATIC_ADMIN_DIR: 'off', DATABASE_URL: `sqlite:${path.join(os.tmpdir(), `govopen-exit-${process.pid}.sqlite`)}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
