/** The five built-in scenarios of DESIGN.md §6, loaded from their JSON files (the tests validate them). */
import type { Scenario } from '../scenario-types';
import blackSwan from './black-swan.json';
import promotionWhiplash from './promotion-whiplash.json';
import seasonalPeak from './seasonal-peak.json';
import steadyStart from './steady-start.json';
import supplyCrunch from './supply-crunch.json';

/** Freezes every level, so that no caller can edit a built-in (its hash would no longer match records). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * A built-in, deeply frozen. Its file is checked by the schema in the tests, not at every start (the five
 * checks took a command-line tool ~12 ms of its start, in code not yet optimised): test/engine/scenarios.test.ts
 * validates each one and requires the schema's output to be the file itself, key for key in the same order.
 */
function builtIn(data: unknown): Scenario {
  return deepFreeze(data as Scenario);
}

/** The built-in scenarios, in teaching order, deeply frozen (structuredClone one to edit it). */
export const BUILTIN_SCENARIOS: readonly Scenario[] = Object.freeze(
  [steadyStart, seasonalPeak, promotionWhiplash, supplyCrunch, blackSwan].map(builtIn),
);

/** The ids of the built-in scenarios, in the same order. */
export const BUILTIN_SCENARIO_IDS: readonly string[] = Object.freeze(BUILTIN_SCENARIOS.map((s) => s.id));

/** The built-in scenario with this id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return BUILTIN_SCENARIOS.find((scenario) => scenario.id === id);
}
