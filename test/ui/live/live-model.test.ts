import { describe, expect, it } from 'vitest';
import { initialLiveData } from '../../../src/net/live-store';
import type { ConsoleTeam, SeatMessage } from '../../../src/net/protocol';
import { createRequest, defaultCreateValues } from '../../../src/ui/console/create-model';
import { monthsPlayed, rankTeams, waitingWords } from '../../../src/ui/console/teams-table';
import { liveScreen, seatLine, secondsLeft, waitingText } from '../../../src/ui/live/live-model';

function seat(patch: Partial<SeatMessage>): SeatMessage {
  return { status: 'running', phase: 'sales', myRole: 'ops', month: 2, rounds: 6, ...patch } as SeatMessage;
}

describe('which live screen a seat sees', () => {
  it('asks for a code, then the join form, then connects', () => {
    const data = initialLiveData();
    expect(liveScreen(data)).toBe('enterCode');
    expect(liveScreen({ ...data, joinInfo: {} as never })).toBe('joinForm');
    expect(liveScreen({ ...data, joinInfo: {} as never, connection: 'reconnecting' })).toBe('connecting');
  });

  it('shows the turn to its role holder and the waiting screen to everyone else', () => {
    const data = initialLiveData();
    expect(liveScreen({ ...data, seat: seat({ myRole: 'sales' }) })).toBe('turn');
    expect(liveScreen({ ...data, seat: seat({ myRole: 'ops' }) })).toBe('waiting');
    expect(liveScreen({ ...data, seat: seat({ myRole: null }) })).toBe('waiting');
    expect(liveScreen({ ...data, seat: seat({ phase: 'consensus', myRole: null }) })).toBe('consensus');
  });

  it('keeps the lobby until the session starts, and says so when it ended early', () => {
    const data = initialLiveData();
    expect(liveScreen({ ...data, seat: seat({ status: 'waiting', phase: 'briefing' }) })).toBe('lobby');
    expect(liveScreen({ ...data, seat: seat({ status: 'ended', phase: 'ops' }) })).toBe('ended');
    expect(liveScreen({ ...data, seat: seat({ status: 'ended', phase: 'finished' }) })).toBe('finished');
  });
});

describe('the live page’s words', () => {
  it('names whom the team waits for', () => {
    expect(waitingText({ role: 'ops', name: 'Bea' }, 'ops')).toBe('Waiting for Operations — Bea');
    expect(waitingText(null, 'sales')).toBe('Waiting for Sales');
  });

  it('says the month and the seat’s role, or that it advises', () => {
    expect(seatLine(seat({ myRole: 'sales' }))).toBe('Month 2 of 6 · you are Sales');
    expect(seatLine(seat({ myRole: null }))).toBe('Month 2 of 6 · you advise this month');
    expect(seatLine(seat({ status: 'waiting', myRole: 'ops' }))).toBe('6 months · you start as Operations');
    expect(seatLine(seat({ phase: 'finished', month: 6 }))).toBe('6 months played');
  });

  it('counts the timer down from what remained when the seat arrived', () => {
    expect(secondsLeft(30_000, 0)).toBe(30);
    expect(secondsLeft(30_000, 10_500)).toBe(20);
    expect(secondsLeft(1_000, 6_000)).toBe(-5);
  });
});

describe('the console', () => {
  const team = (name: string, score: number, profitCents: number): ConsoleTeam =>
    ({
      name,
      score,
      profitCents,
      month: 3,
      phase: 'sales',
      waitingFor: null,
      finished: false,
    }) as ConsoleTeam;

  it('ranks teams by score, then profit', () => {
    const ranked = rankTeams([team('A', 70, 5), team('B', 80, 1), team('C', 70, 9)]);
    expect(ranked.map((t) => t.name)).toEqual(['B', 'C', 'A']);
  });

  it('counts a month as played once its report is out', () => {
    expect(monthsPlayed({ month: 1, phase: 'sales' })).toBe(0);
    expect(monthsPlayed({ month: 1, phase: 'report' })).toBe(1);
    expect(monthsPlayed({ month: 6, phase: 'finished' })).toBe(6);
  });

  it('says whom a team waits for', () => {
    expect(waitingWords({ ...team('A', 0, 0), waitingFor: { role: 'sales', name: 'Ana' } })).toBe(
      'Sales — Ana',
    );
  });

  it('turns the create form into a request, or a problem next to each wrong field', () => {
    const values = { ...defaultCreateValues(), name: 'Tuesday', rounds: '6', timerSeconds: '90' };
    const made = createRequest(values);
    expect(made.ok && made.value).toMatchObject({
      name: 'Tuesday',
      rounds: 6,
      timerSeconds: 90,
      teamSize: 2,
    });
    const wrong = createRequest({ ...values, name: ' ', rounds: '30', teamSize: 'two', timerSeconds: '5' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(Object.keys(wrong.error).sort()).toEqual(['name', 'rounds', 'teamSize', 'timerSeconds']);
  });
});
