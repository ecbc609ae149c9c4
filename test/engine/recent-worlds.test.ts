import { describe, expect, it } from 'vitest';
import { RecentByWorld } from '../../src/engine/recent-worlds';
import type { World } from '../../src/engine/types';

const world = (): World => ({ months: [] }) as unknown as World;

describe('what is worked out once per world', () => {
  it('is made once for a world and given again while the world is among the last eight asked for', () => {
    const made: World[] = [];
    const cache = new RecentByWorld((w) => {
      made.push(w);
      return { for: w };
    });
    const worlds = Array.from({ length: 8 }, world);
    const first = worlds.map((w) => cache.get(w));
    // Asked again in another order: nothing is made again, and each world gets its own value.
    for (const w of [...worlds].reverse()) expect(cache.get(w)).toBe(first[worlds.indexOf(w)]);
    expect(made).toEqual(worlds);
  });

  it('forgets the oldest world when a ninth is asked for, and makes its value again', () => {
    let count = 0;
    const cache = new RecentByWorld(() => ++count);
    const worlds = Array.from({ length: 9 }, world);
    for (const w of worlds) cache.get(w);
    expect(count).toBe(9);
    expect(cache.get(worlds[8])).toBe(9);
    expect(cache.get(worlds[1])).toBe(2);
    expect(cache.get(worlds[0])).toBe(10);
  });
});
