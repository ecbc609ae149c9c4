/**
 * Two server processes sharing Redis (presence and driver) and PostgreSQL: each team's two players join
 * through different processes, the console on one process sees every team, and every game plays to a
 * verifiable result with every acknowledged action in its record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCode } from '../../src/engine/classroom';
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
  freePort,
  type ServerProcess,
  startServer,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  testSchema,
} from '../../src/server/bench/spawn-server';

const schema = testSchema();
const servers: ServerProcess[] = [];

beforeAll(async () => {
  const prefix = `${schema}:`;
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    servers.push(
      await startServer({
        PORT: String(port),
        PUBLIC_ADDRESS: `127.0.0.1:${port}`,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: prefix,
      }),
    );
  }
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await dropSchema(schema);
}, 60_000);

describe('two processes with Redis and PostgreSQL', () => {
  it('play the same games correctly, each team split over both processes', async () => {
    const [one, two] = servers;
    const session = await createSession(one.url, sessionRequest({ rounds: 6, scenarioId: 'seasonal-peak' }));
    const teams: BotPlayer[][] = [];
    for (let t = 0; t < 4; t++) {
      // Teams are created through either process; the players of a team join through both.
      const teamId = await createTeam(servers[t % 2].url, session.joinCode, `Team ${t + 1}`);
      const join = (name: string) => ({ joinCode: session.joinCode, teamId, playerName: name });
      const pair = [
        new BotPlayer({ url: one.url, join: join(`A${t}`) }),
        new BotPlayer({ url: two.url, join: join(`B${t}`) }),
      ];
      for (const p of pair) await p.connect();
      teams.push(pair);
    }
    const instructor = new ConsoleClient();
    await instructor.connect(two.url, session.sessionId, session.consoleToken);
    instructor.send('start');
    const players = teams.flat();
    await Promise.all(players.map((p) => p.finished()));
    expect(players.flatMap((p) => p.stats.errors)).toEqual([]);
    for (const pair of teams) {
      const code = pair[0].seat?.resultCode ?? '';
      expect(pair[1].seat?.resultCode).toBe(code);
      expect(verifyCode(code).ok).toBe(true);
      const record = decodeResultCode(code);
      if (!record.ok) throw new Error(record.error);
      for (const { step, action } of pair.flatMap((p) => p.stats.acked))
        expect(record.value.actions[step - 1]).toEqual(action);
    }
    // The console (on the second process) hears every team's room, wherever it runs.
    await instructor.until((lines) => lines.length === 4 && lines.every((t) => t.finished));
    expect(instructor.teams.map((t) => t.name).sort()).toEqual(['Team 1', 'Team 2', 'Team 3', 'Team 4']);
    await Promise.all([...players.map((p) => p.disconnect()), instructor.close()]);
  }, 120_000);
});
