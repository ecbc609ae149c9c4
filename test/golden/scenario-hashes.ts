/** Golden content hashes of the built-in scenarios: records name them, so an edit must be deliberate. */
import { scenarioHash } from '../../src/engine/scenario-hash';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenarios';

/** Each built-in scenario's content hash, by id. */
export function scenarioHashes(): Record<string, string> {
  return Object.fromEntries(BUILTIN_SCENARIOS.map((s) => [s.id, scenarioHash(s)]));
}
