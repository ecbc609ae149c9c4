/**
 * The instructor's console paces a live session: nothing moves before start; a hold stops teams at a
 * month boundary until released; pause refuses moves; chat can be off for chosen months; a notice
 * reaches one team or all; the decision timer lets the bot move for a player who does not.
 */
import { describe, expect, it } from 'vitest';
import { BotPlayer } from '../../src/server/bench/bot-client';
import {
  ConsoleClient,
  createSession,
  createTeam,
  sessionRequest,
} from '../../src/server/bench/live-session';
import { waitFor } from '../../src/server/bench/spawn-server';
import { serverForThisFile } from './server-per-file';

const server = serverForThisFile();

const received = (player: BotPlayer, type: string) =>
  player.stats.received.filter((m) => m.type === type).map((m) => m.payload as Record<string, unknown>);

describe('the console', () => {
  it('holds, releases, pauses, switches chat off, sends notices and runs the decision timer', {
    timeout: 120_000,
  }, async () => {
    const url = server.url;
    const session = await createSession(url, sessionRequest({ rounds: 6, timerSeconds: null }));
    const pairs: BotPlayer[][] = [];
    for (const name of ['North', 'South']) {
      const teamId = await createTeam(url, session.joinCode, name);
      const join = (player: string) => ({ joinCode: session.joinCode, teamId, playerName: player });
      const pair = [
        new BotPlayer({ url, join: join(`${name} 1`), keepMessages: true }),
        new BotPlayer({ url, join: join(`${name} 2`), keepMessages: true }),
      ];
      for (const p of pair) await p.connect();
      pairs.push(pair);
    }
    const [north, south] = pairs;
    const players = pairs.flat();
    const instructor = new ConsoleClient();
    await instructor.connect(url, session.sessionId, session.consoleToken);
    await instructor.until((teams) => teams.length === 2);
    expect(instructor.teams.every((t) => t.step === 0)).toBe(true);

    // Hold at month 2, chat off in month 3, then start.
    instructor.send('pace', { holdAtMonth: 2 });
    instructor.send('chat', { offMonths: [3] });
    instructor.send('start');
    await waitFor(() => players.every((p) => p.seat?.month === 3 && p.seat.phase === 'briefing'), 'the hold');
    expect(players.every((p) => p.seat?.heldAtMonth === 2 && p.seat.waitingFor === null)).toBe(true);
    const heldStep = north[0].seat?.step;

    instructor.send('message', { teamId: null, text: 'Month 3: no talking.' });
    await waitFor(() => players.every((p) => received(p, 'notice').length === 1), 'the notice to all');
    // Release with chat off: a chat line in month 3 is refused. North stops at its month-3 supply
    // review and South at its month-4 one, so neither team has moved past the month a check needs.
    for (const p of north) p.holdWhen = (seat) => seat.month === 3 && seat.phase === 'ops';
    for (const p of south) p.holdWhen = (seat) => seat.month === 4 && seat.phase === 'ops';
    instructor.send('pace', { holdAtMonth: null });
    await waitFor(
      () => north.every((p) => p.seat?.month === 3 && p.seat.phase === 'ops'),
      'North in month 3',
    );
    expect(north[0].seat?.chatEnabled).toBe(false);
    north[0].sendRaw('chat', { text: 'psst' });
    await waitFor(
      () => received(north[0], 'error').some((e) => (e.error as { code: string }).code === 'chatOff'),
      'chat refused',
    );
    expect(north[0].seat?.step).toBeGreaterThan(heldStep ?? 0);
    for (const p of north) p.release();

    // Pause: the South team's Operations player is told so when it tries to move.
    await waitFor(
      () => south.every((p) => p.seat?.month === 4 && p.seat.phase === 'ops'),
      'South in month 4',
    );
    instructor.send('pause');
    await waitFor(() => south.every((p) => p.seat?.paused === true), 'paused');
    const opsPlayer = south.find((p) => p.seat?.myRole === 'ops') as BotPlayer;
    opsPlayer.sendRaw('action', { seq: 999, action: { type: 'signOff', role: 'ops' } });
    await waitFor(
      () =>
        received(opsPlayer, 'ack').some((a) => (a.error as { code?: string } | undefined)?.code === 'paused'),
      'a paused refusal',
    );
    instructor.send('message', { teamId: instructorTeamId(instructor, 'North'), text: 'Only North' });
    await waitFor(() => received(north[0], 'notice').length === 2, 'the notice to North');
    expect(received(south[0], 'notice')).toHaveLength(1);

    // The timer: South's Operations player keeps thinking; when 10 s run out the bot submits for it.
    instructor.send('timer', { seconds: 10 });
    instructor.send('resume');
    await waitFor(() => south[0].seat?.timer !== null, 'the timer');
    await waitFor(() => south.every((p) => p.seat?.phase !== 'ops'), 'the bot moving for Operations', 30_000);
    for (const p of south) p.release();
    instructor.send('timer', { seconds: null });
    await Promise.all(players.map((p) => p.finished()));
    expect(players.flatMap((p) => p.stats.errors).filter((e) => !/paused|switched chat off/.test(e))).toEqual(
      [],
    );
    await instructor.until((teams) => teams.every((t) => t.finished && t.resultCode));
    await Promise.all([...players.map((p) => p.disconnect()), instructor.close()]);
  });
});

function instructorTeamId(instructor: ConsoleClient, name: string): string | null {
  return instructor.teams.find((t) => t.name === name)?.teamId ?? null;
}
