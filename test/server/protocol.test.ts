import { describe, expect, it } from 'vitest';
import {
  CONSOLE_CLIENT_SCHEMAS,
  CreateSessionSchema,
  LIVE_LIMITS,
  parseMessage,
  TEAM_CLIENT_SCHEMAS,
  TeamJoinSchema,
} from '../../src/net/protocol';
import { sessionRequest } from '../../src/server/bench/live-session';

describe('live protocol validation', () => {
  it('accepts a well-formed action and chat line', () => {
    const action = parseMessage(TEAM_CLIENT_SCHEMAS.action, {
      seq: 3,
      action: { type: 'signOff', role: 'ops' },
    });
    expect(action).toEqual({ ok: true, value: { seq: 3, action: { type: 'signOff', role: 'ops' } } });
    expect(parseMessage(TEAM_CLIENT_SCHEMAS.chat, { text: 'hello' }).ok).toBe(true);
    expect(parseMessage(TEAM_CLIENT_SCHEMAS.suggested, {}).ok).toBe(true);
    expect(parseMessage(TEAM_CLIENT_SCHEMAS.suggested, { times: 1000 }).ok).toBe(false);
  });

  it('refuses unknown actions, extra fields, wrong types and garbage with a reason', () => {
    const cases: unknown[] = [
      { seq: 1, action: { type: 'cheat' } },
      { seq: 1, action: { type: 'signOff', role: 'ceo' } },
      { seq: -1, action: { type: 'execute' } },
      { seq: 1, action: { type: 'execute' }, extra: 1 },
      'garbage',
      null,
      [1, 2, 3],
      { seq: 1, action: { type: 'submitSalesPlan', plan: { forecast: { __proto__: [1, 2, 3] } } } },
    ];
    for (const message of cases) {
      const parsed = parseMessage(TEAM_CLIENT_SCHEMAS.action, message);
      expect(parsed.ok, JSON.stringify(message)).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.code).toBe('invalid');
        expect(parsed.error.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('caps chat at 500 characters and every message at the byte limit', () => {
    expect(parseMessage(TEAM_CLIENT_SCHEMAS.chat, { text: 'x'.repeat(LIVE_LIMITS.chatChars) }).ok).toBe(true);
    const long = parseMessage(TEAM_CLIENT_SCHEMAS.chat, { text: 'x'.repeat(LIVE_LIMITS.chatChars + 1) });
    expect(long.ok ? null : long.error.code).toBe('invalid');
    const huge = parseMessage(TEAM_CLIENT_SCHEMAS.chat, { text: 'x'.repeat(LIVE_LIMITS.messageBytes + 1) });
    expect(huge.ok ? null : huge.error.code).toBe('tooLarge');
    expect(parseMessage(TEAM_CLIENT_SCHEMAS.chat, { text: '   ' }).ok).toBe(false);
  });

  it('checks join options and console commands', () => {
    const join = { joinCode: 'ABCDE-FGHJK', teamId: 'team_12345678', playerName: 'Bea' };
    expect(parseMessage(TeamJoinSchema, join).ok).toBe(true);
    expect(parseMessage(TeamJoinSchema, { ...join, playerToken: 'x' }).ok).toBe(false);
    expect(parseMessage(TeamJoinSchema, { ...join, playerName: '' }).ok).toBe(false);
    expect(parseMessage(CONSOLE_CLIENT_SCHEMAS.pace, { holdAtMonth: 3 }).ok).toBe(true);
    expect(parseMessage(CONSOLE_CLIENT_SCHEMAS.pace, { holdAtMonth: 2.5 }).ok).toBe(false);
    expect(parseMessage(CONSOLE_CLIENT_SCHEMAS.timer, { seconds: 5 }).ok).toBe(false);
  });

  it('checks a session request: team size 2 to 4 and known team forming', () => {
    const request = sessionRequest({ name: 'Class A', scenarioId: 'classic' });
    expect(parseMessage(CreateSessionSchema, request).ok).toBe(true);
    expect(parseMessage(CreateSessionSchema, { ...request, teamSize: 5 }).ok).toBe(false);
    expect(parseMessage(CreateSessionSchema, { ...request, teamForming: 'random' }).ok).toBe(false);
  });
});
