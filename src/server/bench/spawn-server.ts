/**
 * Live servers as child processes, for the tests (so one can be killed with SIGKILL) and bench:live: a
 * free port each, PGlite copied from a template made once (PGlite's initdb is slow), or a PostgreSQL
 * schema per run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** PostgreSQL and Redis the tests and the benchmark use by default (the CI script starts both). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/** A running server process. */
export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: string[];
  /** SIGTERM and wait. */
  stop(): Promise<void>;
  /** SIGKILL (as a crash) and wait. */
  kill9(): Promise<void>;
}

/** A fresh PGlite data directory (copied from a template initialised once per machine), removed when this process exits. */
export async function freshPgliteDir(): Promise<string> {
  const template = join(tmpdir(), 'sop-live-pglite-template-v1');
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = mkdtempSync(join(tmpdir(), 'sop-live-pglite-build-'));
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(building);
    await db.waitReady;
    await db.close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file made it first
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'sop-live-data-'));
  cpSync(template, dir, { recursive: true });
  dataDirs.add(dir);
  return dir;
}

/** A port nobody listens on right now (for a process that must know its public address before it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A unique PostgreSQL schema name for one run. */
export function testSchema(): string {
  return `live_test_${process.pid}_${Date.now().toString(36)}`;
}

const children = new Set<ChildProcess>();
const dataDirs = new Set<string>();
// Whatever happens to the test or benchmark (a timed-out hook, an exception), no server outlives it,
// and the database copies it made go with it.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts `src/server/main.ts` with these environment variables on a free port (killed if it does not start). */
export function startServer(env: Record<string, string>, startMs = 90_000): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../main.ts', import.meta.url))],
    {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  const output: string[] = [];
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      children.delete(child);
      resolve();
    }),
  );
  /** Sends a signal and waits for the exit; SIGKILL after 10 s if a polite signal is not enough. */
  const end = async (signal: NodeJS.Signals) => {
    child.kill(signal);
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${startMs} ms:\n${output.join('')}`));
    }, startMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        const port = Number(match[1]);
        resolve({
          url: `http://127.0.0.1:${port}`,
          port,
          child,
          output,
          stop: async () => {
            await end('SIGTERM');
            // A database copy made by freshPgliteDir goes with its server's orderly stop.
            if (env.DATA_DIR && dataDirs.delete(env.DATA_DIR))
              rmSync(env.DATA_DIR, { recursive: true, force: true });
          },
          kill9: () => end('SIGKILL'),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output.join('')}`));
    });
  });
}

/** Drops a test schema from PostgreSQL. */
export async function dropSchema(schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

/** Waits until `test` holds, checking every 20 ms, or fails after `ms` with `what`. */
export async function waitFor(test: () => boolean, what: string, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
