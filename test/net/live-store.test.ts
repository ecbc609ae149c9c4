import { describe, expect, it } from 'vitest';
import { applyAction, createGame, getScenario, roleView } from '../../src/engine';
import type { GameState } from '../../src/engine/types';
import { createLiveStore } from '../../src/net/live-store';
import { loadMembership, MEMBERSHIP_KEY } from '../../src/net/membership';
import type { SeatMessage } from '../../src/net/protocol';
import { fakeTransport, manualSchedule } from './fake-transport';
import { memoryStorage } from './memory-storage';

function salesTurn(): GameState {
  const scenario = getScenario('steady-start');
  if (!scenario) throw new Error('no scenario');
  const started = applyAction(createGame(scenario, 'live-test', { rounds: 6, rotateEvery: 1 }), {
    type: 'startRound',
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

function seatOf(state: GameState, patch: Partial<SeatMessage> = {}): SeatMessage {
  return {
    teamName: 'Blue',
    status: 'running',
    month: state.month,
    rounds: 6,
    phase: state.phase,
    step: state.actionCount,
    myRole: 'sales',
    players: [
      { name: 'Ana', role: 'sales', connected: true, bot: false },
      { name: 'Bea', role: 'ops', connected: true, bot: false },
    ],
    seatCount: 2,
    waitingFor: { role: 'sales', name: 'Ana' },
    view: roleView(state, 'sales'),
    consensus: null,
    lastReport: null,
    reportWords: null,
    settings: { rounds: 6, rotateEvery: 1 },
    suggest: true,
    chatEnabled: true,
    paused: false,
    heldAtMonth: null,
    timer: null,
    resultCode: null,
    ...patch,
  };
}

function setup(initial: Record<string, string> = {}) {
  const transport = fakeTransport();
  const storage = memoryStorage(initial);
  const schedule = manualSchedule();
  const store = createLiveStore({ transport, storage, schedule, now: () => 1000 });
  return { transport, storage, schedule, store };
}

async function joined() {
  const t = setup();
  await t.store.getState().openCode(' tuesday-01 ');
  await t.store.getState().join('Ana', { kind: 'team', teamId: 'team-aaaaaaaa' });
  t.transport.handlers?.onMessage('welcome', {
    playerId: 'p-1',
    playerToken: 'token-123456',
    teamId: 'team-aaaaaaaa',
    teamName: 'Blue',
  });
  return t;
}

describe('joining a live session', () => {
  it('refuses a code that cannot be one, without asking the server', async () => {
    const { store, transport } = setup();
    await store.getState().openCode('ab');
    expect(store.getState().joinProblem).toMatch(/join code/);
    expect(transport.joins).toHaveLength(0);
  });

  it('shows the server’s reason when the code is unknown', async () => {
    const { store, transport } = setup();
    transport.info = { ok: false, error: 'Unknown join code.' };
    await store.getState().openCode('ABCDEF123');
    expect(store.getState().joinProblem).toBe('Unknown join code.');
    expect(store.getState().joinInfo).toBeNull();
  });

  it('joins the chosen team under the typed name and remembers the seat on the device', async () => {
    const { store, transport, storage } = await joined();
    expect(transport.joins[0]).toEqual({ joinCode: 'TUESDAY01', teamId: 'team-aaaaaaaa', playerName: 'Ana' });
    expect(store.getState().connection).toBe('connected');
    const kept = loadMembership(storage, 'TUESDAY01');
    expect(kept).toEqual({
      joinCode: 'TUESDAY01',
      playerName: 'Ana',
      playerId: 'p-1',
      playerToken: 'token-123456',
      teamId: 'team-aaaaaaaa',
    });
  });

  it('creates a new team first when asked, and shows a refusal next to the form', async () => {
    const { store, transport } = setup();
    await store.getState().openCode('TUESDAY01');
    await store.getState().join('Cy', { kind: 'new', teamName: 'Taken' });
    expect(store.getState().joinProblem).toBe('A team of that name exists.');
    await store.getState().join('Cy', { kind: 'new', teamName: 'Green' });
    expect(transport.joins.at(-1)?.teamId).toBe('team-new00000');
  });

  it('comes back to the same seat with the device’s token when the page opens again', async () => {
    const first = await joined();
    const again = setup(Object.fromEntries(first.storage.data));
    await again.store.getState().openCode('TUESDAY01');
    expect(again.transport.joins[0]).toEqual({
      joinCode: 'TUESDAY01',
      teamId: 'team-aaaaaaaa',
      playerName: 'Ana',
      playerToken: 'token-123456',
    });
  });

  it('ignores a damaged memory of the seat instead of failing', async () => {
    const { store, transport } = setup({ [MEMBERSHIP_KEY]: '{not json' });
    await store.getState().openCode('TUESDAY01');
    expect(store.getState().membership).toBeNull();
    expect(transport.joins).toHaveLength(0);
  });
});

describe('playing over the link', () => {
  it('numbers each action and resolves it with the server’s ack or reason', async () => {
    const { store, transport } = await joined();
    transport.handlers?.onMessage('seat', seatOf(salesTurn()));
    const first = store.getState().act({ type: 'signOff', role: 'sales' });
    const second = store.getState().act({ type: 'signOff', role: 'sales' });
    expect(transport.sent.map((m) => (m.payload as { seq: number }).seq)).toEqual([1, 2]);
    expect(store.getState().pending).toBe(2);
    transport.handlers?.onMessage('ack', {
      seq: 2,
      ok: false,
      error: { code: 'refused', message: 'Not now.' },
    });
    transport.handlers?.onMessage('ack', { seq: 1, ok: true, step: 3 });
    expect(await first).toEqual({ ok: true });
    expect(await second).toEqual({ ok: false, message: 'Not now.' });
    expect(store.getState().actionProblem).toBe('Not now.');
    expect(store.getState().pending).toBe(0);
  });

  it('does not show the refusal of a move a teammate already made', async () => {
    const { store, transport } = await joined();
    const seat = seatOf(salesTurn());
    transport.handlers?.onMessage('seat', seat);
    const late = store.getState().act({ type: 'nextRound' });
    transport.handlers?.onMessage('seat', { ...seat, step: seat.step + 1 });
    transport.handlers?.onMessage('ack', {
      seq: 1,
      ok: false,
      error: { code: 'refused', message: 'Too late.' },
    });
    expect((await late).ok).toBe(false);
    expect(store.getState().actionProblem).toBeNull();
  });

  it('settles pending actions as not sent when the link drops, and sends nothing while it is down', async () => {
    const { store, transport } = await joined();
    const pending = store.getState().act({ type: 'nextRound' });
    transport.handlers?.onDrop();
    expect((await pending).ok).toBe(false);
    expect(store.getState().connection).toBe('reconnecting');
    const offline = await store.getState().act({ type: 'nextRound' });
    expect(offline.ok).toBe(false);
    expect(transport.sent).toHaveLength(1);
    transport.handlers?.onReconnect();
    expect(store.getState().connection).toBe('connected');
  });

  it('rejoins with the token after the room is lost, retrying until the server is back', async () => {
    const { store, transport, schedule } = await joined();
    transport.handlers?.onLeave(false);
    expect(store.getState().connection).toBe('reconnecting');
    transport.refuseNext.push('The live server cannot be reached.');
    schedule.runAll();
    await Promise.resolve();
    await Promise.resolve();
    expect(schedule.pending).toHaveLength(1);
    schedule.runAll();
    await new Promise((resolve) => setImmediate(resolve));
    expect(transport.joins.at(-1)?.playerToken).toBe('token-123456');
    expect(store.getState().connection).toBe('connected');
  });

  it('reconnects at once when told the network is back, instead of waiting for the next retry', async () => {
    const { store, transport, schedule } = await joined();
    transport.handlers?.onLeave(false);
    expect(schedule.pending).toHaveLength(1);
    store.getState().retryNow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(schedule.pending).toHaveLength(0);
    expect(transport.joins).toHaveLength(2);
    expect(store.getState().connection).toBe('connected');
  });

  it('keeps chat as text, refuses empty and over-long lines, and respects a month without chat', async () => {
    const { store, transport } = await joined();
    transport.handlers?.onMessage('seat', seatOf(salesTurn()));
    expect(store.getState().sendChat('   ').ok).toBe(false);
    expect(store.getState().sendChat('x'.repeat(501)).ok).toBe(false);
    store.getState().setForm({ chat: '<b>hi</b>' });
    expect(store.getState().sendChat('<b>hi</b>').ok).toBe(true);
    expect(transport.sent.at(-1)).toEqual({ type: 'chat', payload: { text: '<b>hi</b>' } });
    expect(store.getState().form.chat).toBe('');
    transport.handlers?.onMessage('seat', seatOf(salesTurn(), { chatEnabled: false }));
    expect(store.getState().sendChat('hello').ok).toBe(false);
    expect(store.getState().chatProblem).toMatch(/switched the chat off/);
  });

  it('drops a message of the wrong shape instead of passing it to the views', async () => {
    const { store, transport } = await joined();
    transport.handlers?.onMessage('seat', { month: 'two' });
    transport.handlers?.onMessage('chat', { from: 'Bea', text: 'hi', at: 5 });
    expect(store.getState().seat).toBeNull();
    expect(store.getState().chat).toEqual([{ from: 'Bea', text: 'hi', at: 5 }]);
  });

  it('forgets the seat on leaving', async () => {
    const { store, transport, storage } = await joined();
    await store.getState().leave();
    expect(transport.left).toBe(1);
    expect(loadMembership(storage, 'TUESDAY01')).toBeNull();
    expect(store.getState().connection).toBe('closed');
  });
});
