import { describe, expect, it } from 'vitest';
import { defaultSalesPlan } from '../../src/engine';
import { createAppStore } from '../../src/store/app-store';
import { PREFS_KEY, SAVE_KEY, SAVE_VERSION } from '../../src/store/persistence';
import { fakeStorage, pairGame as pair } from './fake-storage';

const draft = {
  mode: 'pair',
  players: ['Ana', 'Ben', '', ''],
  teamName: '',
  persona: 'incentive',
  source: 'builtin',
  scenarioId: 'steady-start',
  sessionCode: '',
  rounds: '6',
  rotateEvery: '1',
  seed: 'abc',
};

/** A storage holding a save whose state has been edited by `change`. */
function savedThen(change: (state: Record<string, unknown>) => void) {
  const storage = fakeStorage();
  createAppStore({ storage }).getState().startGame(pair);
  const save = JSON.parse(storage.data.get(SAVE_KEY)!);
  change(save.state);
  storage.data.set(SAVE_KEY, JSON.stringify(save));
  return storage;
}

/** A DOMException-like error as browsers throw when localStorage is full. */
function quotaError(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

describe('a save checked by schema', () => {
  it('reports unreadable JSON plainly, keeps the data until Start over, then clears it', () => {
    const storage = fakeStorage({ [SAVE_KEY]: '{not json' });
    const store = createAppStore({ storage });
    expect(store.getState().loadProblem).toMatch(/damaged/);
    expect(store.getState().screen).toBe('title');
    store.getState().startOver();
    expect(store.getState().loadProblem).toBeNull();
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).state.saved).toBeNull();
  });

  it('refuses a save from a newer version', () => {
    const storage = fakeStorage({ [SAVE_KEY]: JSON.stringify({ state: {}, version: SAVE_VERSION + 1 }) });
    expect(createAppStore({ storage }).getState().loadProblem).toMatch(/newer version/);
  });

  it('refuses a record the engine cannot replay', () => {
    const storage = savedThen((state) => {
      (state.saved as { record: { actions: unknown[] } }).record.actions.push({ type: 'execute' });
    });
    const store = createAppStore({ storage });
    expect(store.getState().loadProblem).toMatch(/cannot be resumed/);
    expect(store.getState().saved).toBeNull();
    expect(store.getState().screen).toBe('title');
  });

  it.each([
    [
      'a record that is not one',
      (s: Record<string, unknown>) => Object.assign(s, { saved: { record: 7 } }),
      /saved\.meta/,
    ],
    [
      "a record the engine's validation refuses",
      (s: Record<string, unknown>) => {
        (s.saved as { record: { seed: unknown } }).record.seed = 12;
      },
      /saved\.record\.seed: must be text/,
    ],
    [
      'players that are not a list',
      (s: Record<string, unknown>) => {
        (s.saved as { meta: { players: unknown } }).meta.players = null;
      },
      /saved\.meta\.players: must be a list of names/,
    ],
    [
      'a step that does not exist',
      (s: Record<string, unknown>) => {
        (s.saved as { progress: { reportsSeen: unknown } }).progress.reportsSeen = 'two';
      },
      /saved\.progress\.reportsSeen/,
    ],
    [
      'a new-game draft whose players are null',
      (s: Record<string, unknown>) => Object.assign(s, { draft: { ...draft, players: null } }),
      /draft\.players: must be a list of names/,
    ],
    [
      'a turn draft of the wrong shape',
      (s: Record<string, unknown>) => Object.assign(s, { turnDraft: { role: 'sales', month: 1, values: 5 } }),
      /turnDraft/,
    ],
  ])('refuses %s with the damaged-save notice, naming the field', (_name, change, reason) => {
    const store = createAppStore({ storage: savedThen(change) });
    expect(store.getState().loadProblem).toMatch(/^The saved game is damaged/);
    expect(store.getState().loadProblem).toMatch(reason);
    expect(store.getState().saved).toBeNull();
    expect(store.getState().draft).toBeNull();
    expect(store.getState().screen).toBe('title');
  });

  it('never blocks a new game: the form opens, and starting replaces the damaged save', () => {
    const storage = fakeStorage({
      [SAVE_KEY]: JSON.stringify({ state: { draft: { ...draft, players: null } }, version: SAVE_VERSION }),
    });
    const store = createAppStore({ storage });
    expect(store.getState().loadProblem).not.toBeNull();
    store.getState().showScreen('newGame');
    expect(store.getState().screen).toBe('newGame');
    expect(store.getState().draft).toBeNull();
    expect(store.getState().startGame(pair).ok).toBe(true);
    expect(store.getState().loadProblem).toBeNull();
    expect(createAppStore({ storage }).getState().saved?.meta.players).toEqual(['Ana', 'Ben']);
  });

  it('loads a good save with its new-game draft and turn draft', () => {
    const storage = savedThen((state) => Object.assign(state, { draft }));
    const store = createAppStore({ storage });
    expect(store.getState().loadProblem).toBeNull();
    expect(store.getState().draft).toEqual(draft);
    expect(store.getState().saved?.meta.teamName).toBe('Team A');
  });

  it('opens a version 1 save (preferences inside it) and keeps its preferences', () => {
    const storage = savedThen((state) => Object.assign(state, { prefs: { sound: false, timer: true } }));
    const save = JSON.parse(storage.data.get(SAVE_KEY)!);
    storage.data.set(SAVE_KEY, JSON.stringify({ ...save, version: 1 }));
    const store = createAppStore({ storage });
    expect(store.getState().loadProblem).toBeNull();
    expect(store.getState().saved?.meta.players).toEqual(['Ana', 'Ben']);
    expect(store.getState().prefs).toMatchObject({ sound: false, timer: true, suggest: true });
  });
});

describe('preferences', () => {
  it('are kept when changed while the damaged-save notice shows, and after Start over', () => {
    const storage = fakeStorage({ [SAVE_KEY]: '{not json' });
    const store = createAppStore({ storage });
    store.getState().setPrefs({ sound: false, colourSafe: false });
    // The damaged save itself is not overwritten while the notice waits.
    expect(storage.data.get(SAVE_KEY)).toBe('{not json');
    expect(createAppStore({ storage }).getState().prefs).toMatchObject({ sound: false, colourSafe: false });
    store.getState().startOver();
    expect(createAppStore({ storage }).getState().prefs).toMatchObject({ sound: false, colourSafe: false });
  });

  it('fall back one by one to their defaults when a stored value is not true or false', () => {
    const storage = fakeStorage({ [PREFS_KEY]: JSON.stringify({ sound: 'loud', timer: true }) });
    const prefs = createAppStore({ storage, prefersReducedMotion: true }).getState().prefs;
    expect(prefs).toEqual({ sound: true, reducedMotion: true, colourSafe: true, suggest: true, timer: true });
  });
});

describe('storage that cannot take a write', () => {
  it('tells the player at once when a submitted plan cannot be saved, and clears the notice once saving works', () => {
    const storage = fakeStorage();
    const store = createAppStore({ storage });
    store.getState().startGame(pair);
    store.getState().startRound();
    store.getState().confirmHandoff('sales');
    expect(store.getState().storageProblem).toBeNull();
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw quotaError();
    };
    expect(store.getState().submitSales(defaultSalesPlan(store.getState().game!)).ok).toBe(true);
    expect(store.getState().storageProblem).toBe('full');
    // The game goes on in memory.
    expect(store.getState().game!.phase).toBe('ops');

    store.getState().retrySave();
    expect(store.getState().storageProblem).toBe('full');
    storage.setItem = setItem;
    store.getState().retrySave();
    expect(store.getState().storageProblem).toBeNull();
    expect(createAppStore({ storage }).getState().game!.phase).toBe('ops');
  });

  it('reports a full storage on a preference change too', () => {
    const storage = fakeStorage();
    storage.setItem = () => {
      throw quotaError();
    };
    const store = createAppStore({ storage });
    store.getState().setPrefs({ sound: false });
    expect(store.getState().storageProblem).toBe('full');
    expect(store.getState().prefs.sound).toBe(false);
  });

  it('says storage is unavailable when the browser forbids it, and the game still plays', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {},
    };
    const store = createAppStore({ storage: throwing });
    expect(store.getState().loadProblem).toBeNull();
    expect(store.getState().startGame(pair).ok).toBe(true);
    expect(store.getState().storageProblem).toBe('unavailable');
    expect(createAppStore({ storage: null }).getState().storageProblem).toBe('unavailable');
  });
});
