/**
 * Worlds shared between games: a world depends on the scenario, the seed and the length alone and
 * is never changed, so the tournament's and the benchmark's bot pairs on one seed can share it.
 *
 * Only the last world of each scenario is kept: the tournament plays seed by seed, every pair of a
 * scenario one after another, and the benchmark likewise. Keeping more (it kept 256 per scenario)
 * costs more than it saves: worlds that outlive a few thousand games are moved to the old
 * generation, where they later die as garbage the full collector must trace and sweep (5–7 % of the
 * benchmark's time), and a verifier of many results with distinct seeds never asks for one again.
 */
import type { Scenario } from './scenario-types';
import type { World } from './types';
import { generateWorld } from './world';

/** A world and what it was drawn for. */
interface Kept {
  seed: string;
  rounds: number;
  world: World;
}

const lastByScenario = new WeakMap<Scenario, Kept>();
/** The scenario asked for last and its world: the pairs of a seed ask for it one after another. */
let last: { scenario: Scenario; kept: Kept } | null = null;

/** The world of a scenario, seed and length: drawn once, then shared while the scenario asks for the same one. */
export function sharedWorld(scenario: Scenario, seed: string, rounds: number): World {
  let kept = last?.scenario === scenario ? last.kept : lastByScenario.get(scenario);
  if (!kept || kept.seed !== seed || kept.rounds !== rounds) {
    kept = { seed, rounds, world: generateWorld(scenario, seed, rounds) };
    lastByScenario.set(scenario, kept);
  }
  last = { scenario, kept };
  return kept.world;
}
