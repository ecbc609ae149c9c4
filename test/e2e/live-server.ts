/** Starts `npm run serve` (the live server) for a spec: on LIVE_PORT (default: a free port), with its embedded database in
 * a fresh temporary directory, serving the built pages in dist/. Stops it (and its children) afterwards.
 * LIVE_SERVER_URL points the spec at a server already running instead. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running live server. */
export interface LiveServer {
  url: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now (the system's choice), so parallel checkouts and CI never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run serve exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/live.html`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm run serve did not answer at ${url} within 90 s:\n${log()}`);
}

/** Starts the server and resolves once it serves the live page (LIVE_SERVER_URL: use one already running). */
export async function startLiveServer(): Promise<LiveServer> {
  const running = process.env.LIVE_SERVER_URL;
  if (running) return { url: running.replace(/\/$/, ''), stop: async () => {} };
  const port = process.env.LIVE_PORT ? Number(process.env.LIVE_PORT) : await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sop-live-e2e-'));
  let output = '';
  const child = spawn('npm', ['run', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  // Should the test process end without afterAll (a crash, Ctrl+C), take the server with it.
  const killOnExit = () => {
    try {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
