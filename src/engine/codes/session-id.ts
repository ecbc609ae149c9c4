/** A session's short, stable identity, so that results can say which session they belong to. */
import { canonicalJson, hashText, scenarioHash } from '../scenario-hash';
import type { SessionConfig } from './session-config';

/** 12 hex characters from the canonical JSON of the config (key order and absent fields do not matter;
 * an inline scenario counts by its content hash). Any change of setting gives another id. */
export function sessionId(config: SessionConfig): string {
  const { scenario, ...settings } = config;
  const canonical = canonicalJson({
    ...settings,
    scenarioHash: scenario ? scenarioHash(scenario) : undefined,
  });
  return hashText(canonical).slice(0, 12);
}
