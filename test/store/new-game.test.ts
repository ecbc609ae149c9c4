import { describe, expect, it } from 'vitest';
import { encodeSessionCode } from '../../src/engine/codes';
import { createAppStore } from '../../src/store/app-store';
import type { NewGameDraft, SessionGameInput } from '../../src/store/types';
import { fakeStorage } from './fake-storage';

const session = {
  name: 'Class 7B',
  scenarioId: 'seasonal-peak',
  seed: 'class-seed',
  rounds: 8,
  rotateEvery: 2,
  modes: ['pair' as const],
  suggest: false,
  timerSeconds: 120,
};

const pairInSession: SessionGameInput = {
  mode: 'pair',
  players: ['Ana', 'Ben'],
  teamName: 'Ana & Ben',
  persona: null,
  sessionCode: encodeSessionCode(session),
};

describe('a game started from a session', () => {
  it('takes every setting from the session code and carries its rules in the record', () => {
    const store = createAppStore({ storage: fakeStorage() });
    expect(store.getState().startGame(pairInSession)).toEqual({ ok: true, value: null });
    const { record, meta } = store.getState().saved!;
    expect(record).toMatchObject({
      scenarioId: 'seasonal-peak',
      seed: 'class-seed',
      settings: { rounds: 8, rotateEvery: 2 },
      session: { name: 'Class 7B', code: pairInSession.sessionCode },
      play: { mode: 'pair', suggestAllowed: false, suggestUsed: 0, timerSeconds: 120 },
    });
    expect(meta).toMatchObject({ suggestAllowed: false, timerSeconds: 120 });
  });

  it('cannot change the session’s rules: a mode it does not allow is refused', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const result = store
      .getState()
      .startGame({ ...pairInSession, mode: 'solo', players: ['Ana'], persona: 'naive' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Class 7B.*does not allow Solo mode/);
    expect(store.getState().saved).toBeNull();
  });

  it('refuses a code that does not decode, with the decoder’s reason', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const result = store.getState().startGame({ ...pairInSession, sessionCode: 'SOPS1.garbage' });
    expect(result.ok).toBe(false);
    expect(store.getState().saved).toBeNull();
  });
});

describe('the team name', () => {
  it('is not carried into the next game: the kept new-game draft loses it once a game starts', () => {
    const store = createAppStore({ storage: fakeStorage() });
    const draft: NewGameDraft = {
      mode: 'pair',
      players: ['Ana', 'Ben', '', ''],
      teamName: 'Kettle Kings',
      persona: 'incentive',
      source: 'builtin',
      scenarioId: 'steady-start',
      sessionCode: '',
      rounds: '6',
      rotateEvery: '1',
      seed: 'abc',
    };
    store.getState().saveDraft(draft);
    store.getState().startGame({ ...pairInSession, teamName: 'Kettle Kings' });
    expect(store.getState().saved?.meta.teamName).toBe('Kettle Kings');
    expect(store.getState().draft).toEqual({ ...draft, teamName: '' });
  });
});

describe('a session link opened on this device', () => {
  const code = pairInSession.sessionCode;
  const soloGame = {
    mode: 'solo' as const,
    players: ['Ana'],
    teamName: 'Ana',
    persona: 'naive' as const,
    scenarioId: 'steady-start',
    seed: 'old',
    rounds: 6,
    rotateEvery: 1,
  };

  it('opens the new-game form with the code when no game is saved', () => {
    const store = createAppStore({ storage: fakeStorage() });
    store.getState().openSessionLink(code, 'seed-x');
    expect(store.getState().pendingSession).toBeNull();
    expect(store.getState().screen).toBe('newGame');
    expect(store.getState().draft).toMatchObject({ source: 'session', sessionCode: code, teamName: '' });
  });

  it('asks first when another game is saved; keep playing returns to it untouched', () => {
    const store = createAppStore({ storage: fakeStorage() });
    store.getState().startGame(soloGame);
    store.getState().startRound();
    const before = store.getState().saved;
    store.getState().openSessionLink(code, 'seed-x');
    expect(store.getState().pendingSession?.code).toBe(code);
    store.getState().keepPlaying();
    expect(store.getState().pendingSession).toBeNull();
    expect(store.getState().screen).toBe('game');
    expect(store.getState().saved).toBe(before);
  });

  it('joining drops the saved game and opens the form with the session’s code', () => {
    const storage = fakeStorage();
    const store = createAppStore({ storage });
    store.getState().startGame(soloGame);
    store.getState().openSessionLink(code, 'seed-x');
    store.getState().joinSession();
    expect(store.getState().saved).toBeNull();
    expect(store.getState().screen).toBe('newGame');
    expect(store.getState().draft).toMatchObject({ source: 'session', sessionCode: code });
    expect(createAppStore({ storage }).getState().saved).toBeNull();
  });

  it('just goes on with a game of the same session', () => {
    const store = createAppStore({ storage: fakeStorage() });
    store.getState().startGame(pairInSession);
    store.getState().openSessionLink(` ${code}\n`, 'seed-x');
    expect(store.getState().pendingSession).toBeNull();
    expect(store.getState().screen).toBe('game');
  });
});
