/** An in-memory key-value storage for store tests (the shape of window.localStorage zustand needs). */
import type { StateStorage } from 'zustand/middleware';

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
