/** A Map-backed stand-in for window.localStorage in the live client's tests. */
import type { KeyValueStorage } from '../../src/net/membership';

/** The storage and its data, for a test to look into or copy. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
