/**
 * What is worked out once per world (its signal lists, its supply effects), kept for the last few worlds
 * asked for. Worlds never change, so a result stays right for its world. A WeakMap keyed by every world
 * (and by every month of it) kept an entry per world drawn: in a benchmark or a tournament that is a new
 * world every 16 games, and every young collection had to work through the tables' entries (scavenges
 * took ~10 % of a bot game). A game asks for one world, a tournament round for one per scenario; a
 * live server with more teams than this on different seeds makes them again in turn (a miss costs a
 * few microseconds; the results are the same).
 */
import type { World } from './types';

/** Worlds kept: more than the built-in scenarios, which a tournament plays in turn. */
const KEPT = 8;

export class RecentByWorld<T> {
  private readonly worlds: (World | null)[] = new Array(KEPT).fill(null);
  private readonly values: (T | null)[] = new Array(KEPT).fill(null);
  /** The slot the next new world takes (the oldest). */
  private next = 0;
  /** The slot asked for last: most calls ask for the same world again. */
  private last = 0;

  constructor(private readonly make: (world: World) => T) {}

  /** The value for `world`, made by `make` the first time it is asked for among the worlds kept. */
  get(world: World): T {
    if (this.worlds[this.last] === world) return this.values[this.last] as T;
    for (let i = 0; i < KEPT; i++) {
      if (this.worlds[i] === world) {
        this.last = i;
        return this.values[i] as T;
      }
    }
    const value = this.make(world);
    const slot = this.next;
    this.worlds[slot] = world;
    this.values[slot] = value;
    this.next = (slot + 1) % KEPT;
    this.last = slot;
    return value;
  }
}
