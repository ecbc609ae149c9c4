/** In-memory storage and the pair game shared by the store tests (the shape of window.localStorage zustand needs). */
import type { StateStorage } from 'zustand/middleware';
import type { ScenarioGameInput } from '../../src/store/types';

/** A Map-backed storage that counts writes. */
export function fakeStorage(
  initial: Record<string, string> = {},
): StateStorage & { data: Map<string, string>; writes: number } {
  const data = new Map(Object.entries(initial));
  const storage = {
    data,
    writes: 0,
    getItem: (name: string) => data.get(name) ?? null,
    setItem: (name: string, value: string) => {
      storage.writes += 1;
      data.set(name, value);
    },
    removeItem: (name: string) => {
      data.delete(name);
    },
  };
  return storage;
}

/** A six-round pair game on Steady start: the game most store tests start. */
export const pairGame: ScenarioGameInput = {
  mode: 'pair',
  players: ['Ana', 'Ben'],
  teamName: 'Team A',
  persona: null,
  scenarioId: 'steady-start',
  seed: 'seed-1',
  rounds: 6,
  rotateEvery: 1,
};
