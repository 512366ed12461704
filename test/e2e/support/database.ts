import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

export interface TestDatabase {
  kind: 'sqlite' | 'mysql';
  url: string;
  /** Runs one statement straight on the database, around the API: for checks the API must not allow. */
  exec: (sql: string) => Promise<void>;
  /** Reads rows straight from the database, around the API: to check what is stored, e.g. that it is encrypted. */
  query: (sql: string) => Promise<Record<string, unknown>[]>;
  drop: () => Promise<void>;
}

let counter = 0;

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.E2E_DATABASE_URL;
  counter += 1;
  if (!serverUrl) {
    const file = path.join(os.tmpdir(), `govopen-e2e-${process.pid}-${counter}-${Date.now()}.sqlite`);
    return {
      kind: 'sqlite',
      url: `sqlite:${file}`,
      exec: async (sql) => {
        // better-sqlite3 is the API's dependency; load it from there so the test package needs no native build.
        const Database = require(require.resolve('better-sqlite3', { paths: [path.resolve(__dirname, '../../../apps/api')] }));
        const db = new Database(file);
        try {
          db.exec(sql);
        } catch (error) {
          // The native module keeps the error class of the first test file that loaded it; rethrow in this one's realm.
          throw new Error((error as Error).message);
        } finally {
          db.close();
        }
      },
      query: async (sql) => {
        const Database = require(require.resolve('better-sqlite3', { paths: [path.resolve(__dirname, '../../../apps/api')] }));
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare(sql).all();
        } finally {
          db.close();
        }
      },
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const name = `govopen_e2e_${process.pid}_${counter}_${Date.now() % 100000}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'mysql',
    url: url.toString(),
    exec: async (sql) => {
      const connection = await createConnection(url.toString());
      try {
        await connection.query(sql);
      } finally {
        await connection.end();
      }
    },
    query: async (sql) => {
      const connection = await createConnection(url.toString());
      try {
        const [rows] = await connection.query(sql);
        return rows as Record<string, unknown>[];
      } finally {
        await connection.end();
      }
    },
    drop: async () => {
      const connection = await createConnection(serverUrl);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
