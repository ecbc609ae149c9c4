/** The five built-in scenarios of DESIGN.md §6, loaded from their JSON files and validated once at load. */
import { validateScenario } from '../scenario-schema';
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

/** Validates a built-in; an invalid one is a programming error, so this is the one place that throws. */
function builtIn(data: unknown): Scenario {
  const result = validateScenario(data);
  if (!result.ok) throw new Error(`Built-in scenario is invalid:\n${result.error.join('\n')}`);
  return deepFreeze(result.value);
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
