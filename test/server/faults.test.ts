/**
 * Faults: the server killed with SIGKILL in the middle of a month comes back with every team at the same
 * step and every acknowledged action; a database that stops answering gets moves refused with a clear
 * message (nothing acknowledged is lost), and play carries on once it answers again.
 */
import { createServer, type Server, Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeResultCode } from '../../src/engine/codes';
import { BotPlayer } from '../../src/server/bench/bot-client';
import {
  ConsoleClient,
  createSession,
  createTeam,
  sessionRequest,
} from '../../src/server/bench/live-session';
import {
  dropSchema,
  freshPgliteDir,
  type ServerProcess,
  startServer,
  TEST_DATABASE_URL,
  testSchema,
  waitFor,
} from '../../src/server/bench/spawn-server';

/** Every acknowledged action of these players sits at its step in the team's released record. */
function expectAllAckedInRecord(players: BotPlayer[]): void {
  const code = players.find((p) => p.seat?.resultCode)?.seat?.resultCode ?? '';
  const record = decodeResultCode(code);
  if (!record.ok) throw new Error(record.error);
  const acked = players.flatMap((p) => p.stats.acked);
  expect(acked.length).toBeGreaterThan(10);
  for (const { step, action } of acked) expect(record.value.actions[step - 1]).toEqual(action);
}

const started: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
});

describe('a server killed mid-month', () => {
  it('resumes every team at the same step with every acknowledged action', async () => {
    const dataDir = await freshPgliteDir();
    let server = await startServer({ DATA_DIR: dataDir });
    started.push(server);
    const session = await createSession(server.url, sessionRequest({ rounds: 6, graceSeconds: 60 }));
    const teams: BotPlayer[][] = [];
    for (const name of ['Red', 'Green', 'Blue']) {
      const teamId = await createTeam(server.url, session.joinCode, name);
      const join = (player: string) => ({ joinCode: session.joinCode, teamId, playerName: player });
      const pair = [
        new BotPlayer({ url: server.url, join: join(`${name} 1`) }),
        new BotPlayer({ url: server.url, join: join(`${name} 2`) }),
      ];
      // Whoever holds Operations in month 3 stops to think there: the team waits in the middle of the month.
      for (const p of pair)
        p.holdWhen = (seat) => seat.month === 3 && seat.phase === 'ops' && seat.myRole === 'ops';
      for (const p of pair) await p.connect();
      teams.push(pair);
    }
    const instructor = new ConsoleClient();
    await instructor.connect(server.url, session.sessionId, session.consoleToken);
    instructor.send('start');
    const players = teams.flat();
    await waitFor(
      () => players.every((p) => p.seat?.month === 3 && p.seat.phase === 'ops'),
      'every team in month 3',
    );
    const stepsBefore = teams.map((pair) => pair[0].seat?.step);

    await server.kill9();
    await instructor.close();
    server = await startServer({ DATA_DIR: dataDir });
    started.push(server);
    for (const p of players) {
      p.useServer(server.url);
      await p.connect();
    }
    await waitFor(() => players.every((p) => p.seat !== null && p.connected), 'everyone back');
    expect(teams.map((pair) => pair[0].seat?.step)).toEqual(stepsBefore);
    expect(players.map((p) => `${p.seat?.month}:${p.seat?.phase}`)).toEqual(players.map(() => '3:ops'));
    for (const p of players) p.release();
    await Promise.all(players.map((p) => p.finished()));
    for (const pair of teams) expectAllAckedInRecord(pair);
    expect(players.flatMap((p) => p.stats.errors)).toEqual([]);
    await Promise.all(players.map((p) => p.disconnect()));
  }, 180_000);
});

/** A TCP relay to PostgreSQL that the test can cut (the database "goes away") and restore. */
function databaseRelay(): Promise<{ port: number; cut(): void; restore(): void; close(): void }> {
  const target = new URL(TEST_DATABASE_URL);
  const sockets = new Set<Socket>();
  let open = true;
  const relay: Server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = new Socket();
    upstream.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    relay.listen(0, '127.0.0.1', () =>
      resolve({
        port: (relay.address() as { port: number }).port,
        cut: () => {
          open = false;
          for (const s of sockets) s.destroy();
        },
        restore: () => {
          open = true;
        },
        close: () => relay.close(),
      }),
    ),
  );
}

describe('a database that stops answering', () => {
  it('refuses moves with a clear message and carries on when it is back', async () => {
    const relay = await databaseRelay();
    const schema = testSchema();
    const url = new URL(TEST_DATABASE_URL);
    url.host = `127.0.0.1:${relay.port}`;
    const server = await startServer({ DATABASE_URL: url.toString(), DATABASE_SCHEMA: schema });
    started.push(server);
    try {
      const session = await createSession(server.url, sessionRequest({ rounds: 6 }));
      const teamId = await createTeam(server.url, session.joinCode, 'Offline');
      const join = (player: string) => ({ joinCode: session.joinCode, teamId, playerName: player });
      const pair = [
        new BotPlayer({ url: server.url, join: join('A') }),
        new BotPlayer({ url: server.url, join: join('B') }),
      ];
      for (const p of pair) p.holdWhen = (seat) => seat.month === 2 && seat.phase === 'sales';
      for (const p of pair) await p.connect();
      const instructor = new ConsoleClient();
      await instructor.connect(server.url, session.sessionId, session.consoleToken);
      instructor.send('start');
      await waitFor(() => pair.every((p) => p.seat?.month === 2 && p.seat.phase === 'sales'), 'month 2');

      relay.cut();
      for (const p of pair) p.release();
      await waitFor(() => pair.some((p) => p.stats.errors.length > 0), 'a refused move');
      const errors = pair.flatMap((p) => p.stats.errors);
      expect(errors[0]).toMatch(/could not be saved \(database unreachable\)/);
      const stepDuringOutage = pair[0].seat?.step;
      expect(pair[0].seat?.phase).toBe('sales');

      relay.restore();
      // The refused move was not made; the player makes it again and the game goes on to the end.
      for (const p of pair) p.release();
      await Promise.all(pair.map((p) => p.finished()));
      expect(pair[0].seat?.step).toBeGreaterThan(stepDuringOutage ?? 0);
      expectAllAckedInRecord(pair);
      await Promise.all([...pair.map((p) => p.disconnect()), instructor.close()]);
    } finally {
      relay.close();
      await dropSchema(schema);
    }
  }, 180_000);
});
