/**
 * A hostile client: garbage, unknown and malformed messages, oversize ones, moves for the other seat,
 * floods, undecodable bytes and wrong join codes each get an error reply or a closed connection — never
 * a crash: the teammate's game goes on to the end on the same process.
 */

import type { Room } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { LIVE_LIMITS } from '../../src/net/protocol';
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

/** The player's raw room, to send what a well-behaved client never would. */
const roomOf = (player: BotPlayer) => (player as unknown as { room: Room }).room;
const replies = (player: BotPlayer, type: string) =>
  player.stats.received.filter((m) => m.type === type).map((m) => m.payload as Record<string, unknown>);
const errorCodes = (player: BotPlayer) =>
  [...replies(player, 'error'), ...replies(player, 'ack')]
    .map((m) => (m.error as { code?: string } | undefined)?.code)
    .filter(Boolean);

describe('a hostile client', () => {
  it('gets error replies, never crashes the room, and cannot act for the other seat', {
    timeout: 120_000,
  }, async () => {
    const url = server.url;
    const session = await createSession(url, sessionRequest({ rotateEvery: 24, graceSeconds: 5 }));
    const teamId = await createTeam(url, session.joinCode, 'Target');
    const join = (name: string) => ({ joinCode: session.joinCode, teamId, playerName: name });
    await expect(
      new BotPlayer({ url, join: { ...join('Eve'), joinCode: 'AAAAA-AAAAA' } }).connect(),
    ).rejects.toThrow(/join code does not match/);

    const mallory = new BotPlayer({ url, join: join('Mallory'), keepMessages: true, play: false });
    const honest = new BotPlayer({ url, join: join('Olga'), keepMessages: true });
    await mallory.connect();
    await honest.connect();
    await expect(new BotPlayer({ url, join: join('Third') }).connect()).rejects.toThrow(/team is full/);
    const instructor = new ConsoleClient();
    await instructor.connect(url, session.sessionId, session.consoleToken);
    instructor.send('start');
    await waitFor(() => mallory.seat?.phase === 'sales', 'the Sales turn');
    expect(mallory.seat?.myRole).toBe('sales');

    const room = roomOf(mallory);
    room.send('action', 'garbage');
    room.send('action', { seq: 1, action: { type: 'execute' } });
    room.send('action', {
      seq: 2,
      action: {
        type: 'submitOpsPlan',
        plan: { production: {}, materialOrder: {}, expedite: {}, overtimeHours: 0 },
      },
    });
    room.send('action', { seq: 3, action: { type: 'signOff', role: 'ops' } });
    room.send('action', { seq: 4, action: { type: 'rm -rf' } });
    room.send('drop-tables', { please: true });
    room.send('chat', { text: 'x'.repeat(LIVE_LIMITS.messageBytes) });
    room.send('chat', { text: '<script>alert(1)</script>' });
    await waitFor(() => errorCodes(mallory).length >= 7, 'seven refusals');
    expect(errorCodes(mallory).sort()).toEqual(
      ['forbidden', 'invalid', 'invalid', 'invalid', 'notYourTurn', 'notYourTurn', 'tooLarge'].sort(),
    );
    // Chat is text: the line arrives exactly as typed, to the teammate too.
    await waitFor(() => replies(honest, 'chat').length === 1, 'the chat line');
    expect(replies(honest, 'chat')[0].text).toBe('<script>alert(1)</script>');
    // The game did not move for Mallory's attempts.
    expect(mallory.seat?.phase).toBe('sales');

    // Moves over the allowance are each answered by their own ack, so a device never waits forever.
    const moveSeqs = Array.from({ length: 40 }, (_, i) => 100 + i);
    for (const seq of moveSeqs) room.send('action', { seq, action: { type: 'signOff', role: 'ops' } });
    const moveAcks = () => replies(mallory, 'ack').filter((a) => (a.seq as number) >= 100);
    await waitFor(() => moveAcks().length === moveSeqs.length, 'an ack for every move');
    // (Refusals over the allowance are answered at once, the others in turn: compare as sets.)
    expect(
      moveAcks()
        .map((a) => a.seq as number)
        .sort((a, b) => a - b),
    ).toEqual(moveSeqs);
    const limitedMoves = moveAcks().filter((a) => (a.error as { code: string }).code === 'rateLimited');
    expect(limitedMoves.length).toBeGreaterThan(5);
    expect(mallory.connected).toBe(true);

    // A flood: the first messages pass the bucket, the rest are refused; keeping on closes the connection.
    for (let i = 0; i < 120; i++) room.send('chat', { text: `spam ${i}` });
    await waitFor(() => !mallory.connected, 'the flooder disconnected');
    expect(errorCodes(mallory).filter((c) => c === 'rateLimited').length).toBeGreaterThan(10);

    // Bytes that are not a message at all: the connection closes, the process stays.
    const again = new BotPlayer({ url, join: join('Mallory'), keepMessages: true, play: false });
    again.playerToken = mallory.playerToken;
    await again.connect();
    await waitFor(() => replies(again, 'welcome').length > 0, 'the welcome back');
    expect(replies(again, 'welcome')[0]?.playerId).toBe(replies(mallory, 'welcome')[0]?.playerId);
    roomOf(again).connection.send(new Uint8Array([13, 0xc1, 0xff, 0xfe, 0x00, 0x99, 0x12]));
    await waitFor(() => !again.connected || replies(again, 'error').length > 0, 'a reply to garbage bytes');
    await again.disconnect();

    // Mallory gone, the bot plays her seat after the grace period; the honest player plays on to the end.
    const health = await fetch(`${url}/api/live/health`);
    expect(health.status).toBe(200);
    await honest.finished();
    expect(honest.stats.errors).toEqual([]);
    expect(honest.seat?.resultCode).toBeTruthy();
    await Promise.all([honest.disconnect(), instructor.close()]);
  });

  it('answers malformed and oversize HTTP bodies with a reason', async () => {
    const post = (body: string) =>
      fetch(`${server.url}/api/live/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const malformed = await post('{"name": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/not valid JSON/);
    const huge = await post(JSON.stringify({ name: 'x'.repeat(LIVE_LIMITS.httpBodyBytes + 10) }));
    expect(huge.status).toBe(413);
    const team = await fetch(`${server.url}/api/live/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: 'AAAAA-AAAAA', name: '<b>x</b>', extra: 1 }),
    });
    expect(team.status).toBe(400);
    // One address creating sessions or teams as fast as it can is slowed down with a reason.
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${server.url}/api/live/teams`, {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    const limited = statuses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect((await limited[0].json()).error).toMatch(/Too many requests/);
  }, 120_000);
});
