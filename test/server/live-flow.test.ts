/**
 * A live game over real WebSockets, on the embedded database and on PostgreSQL: two bot players on their
 * own connections play to the end; every acknowledged action is in the released record, which verifies
 * like an offline result; no device ever receives the seed or a card its role never held unshared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/engine';
import { verifyCode } from '../../src/engine/classroom';
import { decodeResultCode } from '../../src/engine/codes';
import type { GameRecord, Role } from '../../src/engine/types';
import type { SeatMessage } from '../../src/net/protocol';
import { readTeamRecord } from '../../src/net/team-record';
import { BotPlayer } from '../../src/server/bench/bot-client';
import {
  ConsoleClient,
  createSession,
  createTeam,
  joinInfo,
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

const SEED = 'secret-seed-7f3a';

/** Card ids the record's game never saw shared, by the role that held them. */
function unsharedCards(record: GameRecord): Record<Role, string[]> {
  const state = replay(record);
  if (!state.ok) throw new Error(state.error);
  const shared = new Set(state.value.sharedSignals.map((s) => s.signalId));
  const cards = state.value.world.months.flatMap((m) => m.signals).filter((s) => !shared.has(s.id));
  return {
    sales: cards.filter((s) => s.role === 'sales').map((s) => s.id),
    ops: cards.filter((s) => s.role === 'ops').map((s) => s.id),
  };
}

describe.each(['pglite', 'postgres'] as const)('a live game on %s', (backend) => {
  let server: ServerProcess;
  const schema = testSchema();

  beforeAll(async () => {
    const env: Record<string, string> =
      backend === 'postgres'
        ? { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema }
        : { DATA_DIR: await freshPgliteDir() };
    server = await startServer(env);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (backend === 'postgres') await dropSchema(schema);
  }, 120_000);

  it('plays a whole game seat by seat and releases a verifiable result code only at the end', async () => {
    const url = server.url;
    // Roles never rotate: Ann is Sales and Bea Operations all game, and neither shares a card; Ann takes
    // Suggest's numbers every month.
    const session = await createSession(
      url,
      sessionRequest({ seed: SEED, rotateEvery: 24, rounds: 6, scenarioId: 'supply-crunch' }),
    );
    const teamId = await createTeam(url, session.joinCode, 'Alpha <b>team</b>');
    const info = await joinInfo(url, session.joinCode.toLowerCase());
    expect(info.teams.map((t) => t.name)).toEqual(['Alpha <b>team</b>']);
    expect(JSON.stringify(info)).not.toContain(SEED);

    const join = (name: string) => ({ joinCode: session.joinCode, teamId, playerName: name });
    const ann = new BotPlayer({
      url,
      join: join('Ann'),
      keepMessages: true,
      shareCards: false,
      useSuggest: true,
    });
    const bea = new BotPlayer({ url, join: join('Bea'), keepMessages: true, shareCards: false });
    await ann.connect();
    await bea.connect();
    const instructor = new ConsoleClient();
    await instructor.connect(url, session.sessionId, session.consoleToken);
    expect(ann.seat?.status).toBe('waiting');
    instructor.send('start');
    await Promise.all([ann.finished(), bea.finished()]);

    expect([...ann.stats.errors, ...bea.stats.errors]).toEqual([]);
    const code = ann.seat?.resultCode;
    expect(code).toBeTruthy();
    const decoded = decodeResultCode(code ?? '');
    if (!decoded.ok) throw new Error(decoded.error);
    const record = decoded.value;
    expect(record.team?.players).toEqual(['Ann', 'Bea']);
    expect(record.seed).toBe(SEED);
    expect(record.play).toEqual({ mode: 'pair', live: true, suggestAllowed: true, suggestUsed: 6 });
    // Every acknowledged action is in the record at the step the server gave it.
    const acked = [...ann.stats.acked, ...bea.stats.acked];
    expect(acked.length).toBeGreaterThan(20);
    for (const { step, action } of acked) expect(record.actions[step - 1]).toEqual(action);
    expect(verifyCode(code ?? '').ok).toBe(true);

    // Secrets: before the end, no message holds the seed, and nobody sees the other role's unshared cards.
    const hidden = unsharedCards(record);
    expect(hidden.ops.length + hidden.sales.length).toBeGreaterThan(0);
    const messagesBeforeEnd = (player: BotPlayer) =>
      player.stats.received
        .filter((m) => !(m.type === 'seat' && (m.payload as { resultCode: string | null }).resultCode))
        .map((m) => JSON.stringify(m.payload));
    for (const [player, otherRole] of [
      [ann, 'ops'],
      [bea, 'sales'],
    ] as const) {
      const texts = messagesBeforeEnd(player).join('\n');
      expect(texts).not.toContain(SEED);
      for (const id of hidden[otherRole]) expect(texts).not.toContain(`"${id}"`);
    }
    // The holder does see its own cards (the check above could find them).
    expect(hidden.sales.length).toBeGreaterThan(0);
    expect(messagesBeforeEnd(ann).join('\n')).toContain(`"${hidden.sales[0]}"`);

    await instructor.until((teams) => teams.some((t) => t.finished));
    expect(instructor.teams[0]?.resultCode).toBe(code);
    const recordAnswer = await fetch(`${url}/api/live/sessions/${session.sessionId}/teams/${teamId}/record`, {
      headers: { authorization: `Bearer ${session.consoleToken}` },
    });
    const progress = readTeamRecord(await recordAnswer.json());
    if (!progress.ok) throw new Error(progress.error);
    expect(progress.value.finished).toBe(true);
    expect(progress.value.record).toEqual(record);
    const csv = await fetch(`${url}/api/live/sessions/${session.sessionId}/results.csv`, {
      headers: { authorization: `Bearer ${session.consoleToken}` },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Alpha <b>team</b>');
    expect(lines[1]).toContain('Live pair (own devices)');
    await Promise.all([ann.disconnect(), bea.disconnect(), instructor.close()]);
  }, 120_000);

  it('lets a player who drops during the consensus meeting come back to the same seat and carry on', async () => {
    const url = server.url;
    const session = await createSession(url, sessionRequest({ graceSeconds: 60 }));
    const teamId = await createTeam(url, session.joinCode, 'Dropouts');
    const join = (name: string) => ({ joinCode: session.joinCode, teamId, playerName: name });
    const [ann, bea] = ['Ann', 'Bea'].map((name) => new BotPlayer({ url, join: join(name) }));
    bea.holdWhen = (seat) => seat.month === 2 && seat.phase === 'consensus';
    await ann.connect();
    await bea.connect();
    const instructor = new ConsoleClient();
    await instructor.connect(url, session.sessionId, session.consoleToken);
    instructor.send('start');
    await waitFor(() => bea.seat?.month === 2 && bea.seat.phase === 'consensus', 'the month 2 meeting');
    const role = bea.seat?.myRole;
    await bea.disconnect();
    await waitFor(() => ann.seat?.players.some((p) => p.name === 'Bea' && !p.connected) === true, 'Bea gone');
    await waitFor(() => {
      const mine = ann.seat?.myRole;
      return mine ? ann.seat?.consensus?.signOffs[mine] === true : false;
    }, "Ann's sign-off");
    // Within the grace period nobody plays for her: the meeting waits.
    expect(ann.seat?.phase).toBe('consensus');
    const step = ann.seat?.step;
    await bea.connect();
    await waitFor(() => bea.seat !== null, 'Bea back');
    expect([bea.seat?.myRole, bea.seat?.phase, bea.seat?.step]).toEqual([role, 'consensus', step]);
    bea.release();
    await Promise.all([ann.finished(), bea.finished()]);
    expect([...ann.stats.errors, ...bea.stats.errors]).toEqual([]);
    await Promise.all([ann.disconnect(), bea.disconnect(), instructor.close()]);
  }, 120_000);

  it('gives the player without a role this month the team picture only (a team of three)', async () => {
    const url = server.url;
    const session = await createSession(
      url,
      sessionRequest({ seed: SEED, teamSize: 3, scenarioId: 'supply-crunch' }),
    );
    const teamId = await createTeam(url, session.joinCode, 'Trio');
    const join = (name: string) => ({ joinCode: session.joinCode, teamId, playerName: name });
    const trio = ['Ann', 'Bea', 'Cy'].map(
      (name) => new BotPlayer({ url, join: join(name), keepMessages: true, shareCards: false }),
    );
    for (const p of trio) await p.connect();
    const instructor = new ConsoleClient();
    await instructor.connect(url, session.sessionId, session.consoleToken);
    instructor.send('start');
    await Promise.all(trio.map((p) => p.finished()));
    expect(trio.flatMap((p) => p.stats.errors)).toEqual([]);
    const decoded = decodeResultCode(trio[0].seat?.resultCode ?? '');
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.team?.players).toEqual(['Ann', 'Bea', 'Cy']);
    const hidden = unsharedCards(decoded.value);
    const all = [...hidden.sales, ...hidden.ops];
    expect(all.length).toBeGreaterThan(0);
    // Every seat message to an observer: no role, no private cards, no deals, no card ids at all.
    let observed = 0;
    for (const player of trio)
      for (const m of player.stats.received) {
        const seat = m.payload as SeatMessage;
        if (m.type !== 'seat' || seat.myRole !== null || seat.resultCode) continue;
        observed += 1;
        expect(seat.view.role).toBeNull();
        expect(seat.view.dealOffers).toEqual([]);
        const text = JSON.stringify(seat);
        for (const id of all) expect(text).not.toContain(`"${id}"`);
        expect(text).not.toContain(SEED);
      }
    expect(observed).toBeGreaterThan(10);
    await Promise.all([...trio.map((p) => p.disconnect()), instructor.close()]);
  }, 120_000);

  it('refuses the console and the results without the console token, and unknown join codes', async () => {
    const url = server.url;
    const session = await createSession(url, sessionRequest());
    const instructor = new ConsoleClient();
    await expect(instructor.connect(url, session.sessionId, 'wrong-token-123456')).rejects.toThrow(
      /not valid/,
    );
    const csv = await fetch(`${url}/api/live/sessions/${session.sessionId}/results.csv`, {
      headers: { authorization: 'Bearer nope-nope-nope' },
    });
    expect(csv.status).toBe(403);
    // A team's record so far (the console's "months so far") needs the console token too.
    const teamId = await createTeam(url, session.joinCode, 'Curious');
    const recordPath = `${url}/api/live/sessions/${session.sessionId}/teams/${teamId}/record`;
    const noToken = await fetch(recordPath, { headers: { authorization: 'Bearer nope-nope-nope' } });
    expect(noToken.status).toBe(403);
    expect(JSON.stringify(await noToken.json())).not.toContain('"seed"');
    const withToken = await fetch(recordPath, {
      headers: { authorization: `Bearer ${session.consoleToken}` },
    });
    expect(withToken.status).toBe(200);
    const progress = readTeamRecord(await withToken.json());
    expect(progress.ok && progress.value.finished).toBe(false);
    expect(progress.ok && progress.value.record.actions).toEqual([]);
    const otherTeam = await fetch(`${url}/api/live/sessions/${session.sessionId}/teams/team-x/record`, {
      headers: { authorization: `Bearer ${session.consoleToken}` },
    });
    expect(otherTeam.status).toBe(404);
    const unknown = await fetch(`${url}/api/live/join/ZZZZZ-ZZZZZ`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/join code/);
    const bad = await fetch(`${url}/api/live/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sessionRequest({ teamSize: 9 })),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/team size/i);
  }, 120_000);
});
