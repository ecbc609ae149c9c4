/**
 * Worlds shared between games: a world depends on the scenario, the seed and the length alone and
 * is never changed, so the tournament's and the benchmark's bot pairs on one seed can share it.
 */
import type { Scenario } from './scenario-types';
import type { World } from './types';
import { generateWorld } from './world';

/** Worlds kept per scenario before the oldest are dropped (a tournament needs one per seed). */
const KEEP = 256;

const byScenario = new WeakMap<Scenario, Map<string, World>>();
/** The world given last: the pairs of a seed ask for it one after another. */
let last: { scenario: Scenario; seed: string; rounds: number; world: World } | null = null;

/** The world of a scenario, seed and length: drawn once, then shared. */
export function sharedWorld(scenario: Scenario, seed: string, rounds: number): World {
  if (last && last.scenario === scenario && last.seed === seed && last.rounds === rounds) return last.world;
  let worlds = byScenario.get(scenario);
  if (!worlds) {
    worlds = new Map();
    byScenario.set(scenario, worlds);
  }
  const key = `${rounds}:${seed}`;
  let world = worlds.get(key);
  if (!world) {
    world = generateWorld(scenario, seed, rounds);
    if (worlds.size >= KEEP) worlds.delete(worlds.keys().next().value as string);
    worlds.set(key, world);
  }
  last = { scenario, seed, rounds, world };
  return world;
}
