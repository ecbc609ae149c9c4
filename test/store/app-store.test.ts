import { describe, expect, it } from 'vitest';
import { defaultOpsPlan, defaultSalesPlan } from '../../src/engine';
import { encodeSessionCode } from '../../src/engine/codes';
import { createAppStore } from '../../src/store/app-store';
import { SAVE_KEY, SAVE_VERSION } from '../../src/store/persistence';
import { gameStep } from '../../src/store/step';
import type { ScenarioGameInput } from '../../src/store/types';
import { fakeStorage, pairGame as pair } from './fake-storage';

const solo: ScenarioGameInput = { ...pair, mode: 'solo', players: ['Ana'], persona: 'textbook' };

/** A session with a game's settings. */
const sessionOf = (game: ScenarioGameInput) => ({
  name: 'S',
  scenarioId: game.scenarioId,
  seed: game.seed,
  rounds: game.rounds,
  rotateEvery: game.rotateEvery,
});

function step(store: ReturnType<typeof createAppStore>) {
  const { saved, game } = store.getState();
  if (!saved || !game) return null;
  return gameStep(saved, game);
}

describe('starting and saving a game', () => {
  it('opens on the title screen without a save', () => {
    const store = createAppStore({ storage: fakeStorage() });
    expect(store.getState().screen).toBe('title');
    expect(store.getState().saved).toBeNull();
    expect(store.getState().loadProblem).toBeNull();
  });

  it('starts a game at the briefing and writes the record, never the derived state', () => {
    const storage = fakeStorage();
    const store = createAppStore({ storage });
    expect(store.getState().startGame(pair).ok).toBe(true);
    expect(store.getState().screen).toBe('game');
    expect(step(store)).toEqual({ kind: 'briefing' });
    const written = JSON.parse(storage.data.get(SAVE_KEY)!);
    expect(written.version).toBe(SAVE_VERSION);
    expect(written.state.saved.record.seed).toBe('seed-1');
    expect(written.state.game).toBeUndefined();
  });

  it('refuses an unknown scenario with a sentence', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const result = store.getState().startGame({ ...pair, scenarioId: 'nope' });
    expect(result.ok).toBe(false);
    expect(store.getState().saved).toBeNull();
  });
});

describe('the record says how the game is played', () => {
  it('carries the mode, the solo colleague, the session’s Suggest and timer, and counts Suggest presses', () => {
    const store = createAppStore({ storage: fakeStorage() });
    store.getState().startGame({
      ...solo,
      sessionCode: encodeSessionCode({ ...sessionOf(solo), timerSeconds: 90 }),
    });
    expect(store.getState().saved?.record.play).toEqual({
      mode: 'solo',
      persona: 'textbook',
      suggestAllowed: true,
      suggestUsed: 0,
      timerSeconds: 90,
    });
    store.getState().noteSuggestUsed();
    store.getState().noteSuggestUsed();
    expect(store.getState().saved?.record.play?.suggestUsed).toBe(2);
  });

  it('gives a pair no colleague and records a session that switched Suggest off', () => {
    const store = createAppStore({ storage: fakeStorage() });
    store.getState().startGame({
      ...pair,
      sessionCode: encodeSessionCode({ ...sessionOf(pair), suggest: false }),
    });
    expect(store.getState().saved?.record.play).toEqual({
      mode: 'pair',
      suggestAllowed: false,
      suggestUsed: 0,
    });
  });
});

describe('autosave and resume', () => {
  it('resumes after a reload at the exact step, with the same state', () => {
    const storage = fakeStorage();
    const store = createAppStore({ storage });
    const s = store.getState();
    s.startGame(pair);
    expect(store.getState().startRound().ok).toBe(true);
    expect(step(store)).toEqual({ kind: 'handoff', role: 'sales' });
    store.getState().confirmHandoff('sales');
    expect(step(store)).toEqual({ kind: 'turn', role: 'sales' });
    expect(store.getState().submitSales(defaultSalesPlan(store.getState().game!)).ok).toBe(true);
    expect(step(store)).toEqual({ kind: 'handoff', role: 'ops' });

    const reloaded = createAppStore({ storage });
    expect(reloaded.getState().loadProblem).toBeNull();
    expect(reloaded.getState().screen).toBe('game');
    expect(step(reloaded)).toEqual({ kind: 'handoff', role: 'ops' });
    expect(reloaded.getState().game).toEqual(store.getState().game);
  });

  it('keeps the record unchanged when the engine refuses an action, and returns the reason', () => {
    const storage = fakeStorage();
    const store = createAppStore({ storage });
    store.getState().startGame(pair);
    store.getState().startRound();
    const before = store.getState().saved!.record.actions.length;
    const plan = defaultSalesPlan(store.getState().game!);
    plan.forecast.kettle = [-5, 10, 10];
    const result = store.getState().submitSales(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
    expect(store.getState().saved!.record.actions.length).toBe(before);
    expect(store.getState().game!.phase).toBe('sales');
  });

  it('plays a pair month through execution to the report and the next briefing', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const st = () => store.getState();
    st().startGame(pair);
    st().startRound();
    st().confirmHandoff('sales');
    st().submitSales(defaultSalesPlan(st().game!));
    st().confirmHandoff('ops');
    expect(st().submitOps(defaultOpsPlan(st().game!)).ok).toBe(true);
    expect(step(store)).toEqual({ kind: 'consensus' });
    expect(st().signOff('sales').ok).toBe(true);
    expect(step(store)).toEqual({ kind: 'consensus' });
    expect(st().signOff('ops').ok).toBe(true);
    expect(st().game!.phase).toBe('report');
    expect(step(store)).toEqual({ kind: 'execution' });
    st().finishExecution();
    expect(step(store)).toEqual({ kind: 'report' });
    expect(st().nextRound().ok).toBe(true);
    expect(step(store)).toEqual({ kind: 'briefing' });
    expect(st().game!.month).toBe(2);
    expect(st().saved!.progress.handoff).toBeNull();
  });
});

describe('solo mode', () => {
  it('lets the bot play its turn visibly and sign off when the meeting opens', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const st = () => store.getState();
    st().startGame(solo);
    st().startRound();
    // Month 1: the player is Sales (seat 0), no hand-off in solo.
    expect(step(store)).toEqual({ kind: 'turn', role: 'sales' });
    st().submitSales(defaultSalesPlan(st().game!));
    expect(step(store)).toEqual({ kind: 'botTurn', role: 'ops' });
    expect(st().runBotTurn().ok).toBe(true);
    expect(step(store)).toEqual({ kind: 'consensus' });
    expect(st().game!.plans.signedOff).toEqual({ sales: false, ops: true });
    expect(st().signOff('sales').ok).toBe(true);
    expect(st().game!.plans.signedOff).toEqual({ sales: true, ops: true });
    expect(st().game!.phase).toBe('report');
    st().finishExecution();
    st().nextRound();
    st().startRound();
    // Month 2: roles swap; the bot is Sales.
    expect(step(store)).toEqual({ kind: 'botTurn', role: 'sales' });
  });
});

describe('solo revisions', () => {
  it('has the bot sign the revised plan again, so one sign-off by the player executes the month', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const st = () => store.getState();
    st().startGame(solo);
    st().startRound();
    st().submitSales(defaultSalesPlan(st().game!));
    st().runBotTurn();
    const revised = defaultSalesPlan(st().game!);
    revised.forecast.kettle = [1000, 1000, 1000];
    expect(st().revise('sales', revised).ok).toBe(true);
    expect(st().game!.plans.revised.sales).toBe(true);
    expect(st().game!.plans.signedOff.ops).toBe(true);
    expect(st().revise('sales', revised).ok).toBe(false);
    expect(st().signOff('sales').ok).toBe(true);
    expect(st().game!.phase).toBe('report');
  });
});
