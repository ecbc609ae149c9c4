/** The console's projector view: what its heading says as the session goes, and when the join code shows. */
import { describe, expect, it } from 'vitest';
import type { ConsoleSession, ConsoleTeam } from '../../src/net/protocol';
import { joinOpen, standingsTitle } from '../../src/ui/console/projector-view';

const session = (patch: Partial<ConsoleSession> = {}): ConsoleSession => ({
  sessionId: 's',
  name: 'Class',
  joinCode: 'ABCDE-FGHJK',
  scenarioName: 'Steady start',
  rounds: 6,
  teamSize: 2,
  teamForming: 'players',
  status: 'running',
  paused: false,
  heldAtMonth: null,
  timerSeconds: null,
  chatOffMonths: [],
  ...patch,
});

const team = (finished: boolean): ConsoleTeam => ({
  teamId: finished ? 'a' : 'b',
  name: finished ? 'Owls' : 'Foxes',
  month: finished ? 6 : 4,
  phase: finished ? 'finished' : 'sales',
  step: 10,
  waitingFor: null,
  players: [],
  score: 80,
  alignment: 80,
  balance: 80,
  execution: 80,
  profitCents: 0,
  finished,
  resultCode: null,
});

describe('the projector view', () => {
  it('calls the standings by how far the session is', () => {
    expect(standingsTitle(session({ status: 'waiting' }), [])).toBe('Teams so far');
    expect(standingsTitle(session(), [team(true), team(false)])).toBe('Standings');
    expect(standingsTitle(session({ paused: true }), [team(false)])).toBe('Standings (paused)');
    expect(standingsTitle(session(), [team(true)])).toBe('Final standings');
    expect(standingsTitle(session({ status: 'ended' }), [team(false)])).toBe('Final standings');
  });

  it('shows the join code until the session ends', () => {
    expect(joinOpen(session({ status: 'waiting' }))).toBe(true);
    expect(joinOpen(session())).toBe(true);
    expect(joinOpen(session({ status: 'ended' }))).toBe(false);
  });
});
