/** What a session allows, resolved from its config: the new-game form locks its fields to these, and the
 * verifier refuses a session result whose record breaks any of them (each breach as a sentence). */
import {
  BOT_PERSONA_IDS,
  BOT_PERSONA_LABELS,
  type BotPersonaId,
  PLAY_MODE_LABELS,
  PLAY_MODES,
  type PlayMode,
} from '../play-conditions';
import { canonicalJson, scenarioHash } from '../scenario-hash';
import { getScenario } from '../scenarios';
import type { GameRecord, Scenario, ScoreWeights } from '../types';
import type { SessionConfig } from './session-config';

/** A session's rules with every default filled in. */
export interface SessionRules {
  scenarioId: string;
  /** The session's scenario's content hash (inline or built-in); null when the built-in id is unknown here. */
  scenarioHash: string | null;
  seed: string;
  rounds: number;
  rotateEvery: number;
  /** Score weights replacing the scenario's, or null to keep the scenario's own. */
  weights: ScoreWeights | null;
  /** The modes a team may choose (every mode when the session does not restrict them). */
  modes: readonly PlayMode[];
  /** The solo colleagues a player may choose (every one when unrestricted). */
  personas: readonly BotPersonaId[];
  /** Whether Suggest may be offered. */
  suggest: boolean;
  /** The round timer every team plays with, or null for none. */
  timerSeconds: number | null;
}

/** The rules a session fixes, for the new-game form (which fields to lock, which choices to offer) and the verifier. */
export function sessionRules(config: SessionConfig): SessionRules {
  return {
    scenarioId: config.scenarioId,
    scenarioHash: config.scenario ? scenarioHash(config.scenario) : builtInScenarioHash(config.scenarioId),
    seed: config.seed,
    rounds: config.rounds,
    rotateEvery: config.rotateEvery,
    weights: config.weights ?? null,
    modes: config.modes ?? PLAY_MODES,
    personas: config.personas ?? BOT_PERSONA_IDS,
    suggest: config.suggest !== false,
    timerSeconds: config.timerSeconds ?? null,
  };
}

/** Whether the session restricts anything beyond the game's settings (mode, colleague, Suggest, timer). */
export function restrictsPlay(rules: SessionRules): boolean {
  return (
    rules.modes.length < PLAY_MODES.length ||
    rules.personas.length < BOT_PERSONA_IDS.length ||
    !rules.suggest ||
    rules.timerSeconds !== null
  );
}

/** Every way a record breaks the session's rules, each a short phrase ("3 rounds instead of 12"); empty when
 * it keeps them all. The play conditions are the record's own report (honour-based offline). */
export function rulesBreaches(rules: SessionRules, record: GameRecord): string[] {
  const breaches: string[] = [];
  const { settings, play } = record;
  if (record.scenarioHash !== rules.scenarioHash) breaches.push('another scenario (its content differs)');
  if (record.seed !== rules.seed) breaches.push('another seed');
  if (settings.rounds !== rules.rounds) breaches.push(`${settings.rounds} rounds instead of ${rules.rounds}`);
  if (settings.rotateEvery !== rules.rotateEvery)
    breaches.push(
      `roles rotating every ${settings.rotateEvery} instead of every ${rules.rotateEvery} rounds`,
    );
  if (canonicalJson(settings.weights ?? null) !== canonicalJson(rules.weights))
    breaches.push('other score weights');
  if (!play) {
    if (restrictsPlay(rules)) breaches.push('no record of the mode, bot and Suggest it was played with');
    return breaches;
  }
  if (!rules.modes.includes(play.mode)) breaches.push(`${PLAY_MODE_LABELS[play.mode]} mode, not allowed`);
  if (play.mode === 'solo' && play.persona && !rules.personas.includes(play.persona))
    breaches.push(`the ${BOT_PERSONA_LABELS[play.persona]} bot, not allowed`);
  if (!rules.suggest && (play.suggestAllowed || play.suggestUsed > 0))
    breaches.push(
      `Suggest ${play.suggestUsed > 0 ? `used ${play.suggestUsed} times` : 'offered'}, not allowed`,
    );
  if ((play.timerSeconds ?? null) !== rules.timerSeconds)
    breaches.push(rules.timerSeconds === null ? 'a round timer' : 'another round timer');
  return breaches;
}

/** Built-in scenarios are frozen: each one's hash is computed once (a fifth of a verification otherwise). */
const builtInHashes = new WeakMap<Scenario, string>();

/** The content hash of a built-in scenario, or null when there is no built-in of that id. */
export function builtInScenarioHash(id: string): string | null {
  const scenario = getScenario(id);
  if (!scenario) return null;
  let hash = builtInHashes.get(scenario);
  if (hash === undefined) {
    hash = scenarioHash(scenario);
    if (Object.isFrozen(scenario)) builtInHashes.set(scenario, hash);
  }
  return hash;
}
