/** The create-session form as plain data: its values, the problem of each field, the session config and the
 * link students open. No DOM, so it is tested directly. */
import { SESSION_LIMITS, type SessionConfig, validateSessionConfig } from '../../engine/codes';
import { BOT_PERSONA_IDS, type BotPersonaId, PLAY_MODES, type PlayMode } from '../../engine/play-conditions';
import type { Scenario } from '../../engine/types';

/** The form's fields as typed (text), before checking. */
export interface SessionFormValues {
  name: string;
  /** A built-in scenario's id, or CUSTOM_SCENARIO for the editor's. */
  scenario: string;
  seed: string;
  rounds: string;
  rotateEvery: string;
  alignment: string;
  balance: string;
  execution: string;
  /** The modes teams may choose. */
  modes: PlayMode[];
  /** The solo colleagues a player may choose. */
  personas: BotPersonaId[];
  /** Whether Suggest is allowed. */
  suggest: boolean;
  /** The round timer in seconds, or '' for none. */
  timer: string;
}

/** The field names, for error placement. */
export type SessionField = keyof SessionFormValues;

/** The scenario select's value for the scenario sent from the editor. */
export const CUSTOM_SCENARIO = '__custom__';

/** The form's problems by field; empty when the session can be created. */
export type SessionFormErrors = Partial<Record<SessionField, string>>;

const whole = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);
const number = (text: string): number | null => (/^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : null);

/** Checks every field and, when all are right, builds the session. Weights equal to the scenario's own
 * are left out of the code (shorter codes). */
export function readSessionForm(
  values: SessionFormValues,
  scenarios: { builtIn: readonly Scenario[]; custom: Scenario | null },
): { config: SessionConfig | null; errors: SessionFormErrors } {
  const errors: SessionFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Give the session a name (students see it throughout the game).';
  else if (name.length > SESSION_LIMITS.nameMax)
    errors.name = `At most ${SESSION_LIMITS.nameMax} characters.`;
  const scenario =
    values.scenario === CUSTOM_SCENARIO
      ? scenarios.custom
      : (scenarios.builtIn.find((s) => s.id === values.scenario) ?? null);
  if (scenario === null) errors.scenario = 'Choose a scenario.';
  const seed = values.seed.trim();
  if (seed === '') errors.seed = 'Give a seed (any text): every team gets the same events from it.';
  else if (seed.length > SESSION_LIMITS.seedMax)
    errors.seed = `At most ${SESSION_LIMITS.seedMax} characters.`;
  const [minRounds, maxRounds] = SESSION_LIMITS.rounds;
  const rounds = whole(values.rounds);
  if (rounds === null || rounds < minRounds || rounds > maxRounds)
    errors.rounds = `A whole number from ${minRounds} to ${maxRounds}.`;
  const rotateEvery = whole(values.rotateEvery);
  const maxRotate = rounds !== null && rounds >= 1 ? Math.min(rounds, SESSION_LIMITS.rotateEvery[1]) : 24;
  if (rotateEvery === null || rotateEvery < 1 || rotateEvery > maxRotate)
    errors.rotateEvery = `A whole number from 1 to ${maxRotate}.`;
  const weights = { alignment: 0, balance: 0, execution: 0 };
  for (const key of ['alignment', 'balance', 'execution'] as const) {
    const value = number(values[key]);
    if (value === null || value > 100) errors[key] = 'A number from 0 to 100.';
    else weights[key] = value;
  }
  if (values.modes.length === 0) errors.modes = 'Allow at least one way to play.';
  if (values.modes.includes('solo') && values.personas.length === 0)
    errors.personas = 'Allow at least one bot colleague, or do not allow solo play.';
  const [minTimer, maxTimer] = SESSION_LIMITS.timerSeconds;
  const timer = values.timer.trim() === '' ? null : whole(values.timer);
  if (values.timer.trim() !== '' && (timer === null || timer < minTimer || timer > maxTimer))
    errors.timer = `Leave empty for no timer, or a whole number of seconds from ${minTimer} to ${maxTimer}.`;
  if (
    !errors.alignment &&
    !errors.balance &&
    !errors.execution &&
    weights.alignment + weights.balance + weights.execution === 0
  )
    errors.execution = 'The three weights must not all be zero.';
  if (Object.keys(errors).length > 0 || scenario === null || rounds === null || rotateEvery === null)
    return { config: null, errors };
  const own = scenario.scoring.weights;
  const sameWeights =
    own.alignment === weights.alignment &&
    own.balance === weights.balance &&
    own.execution === weights.execution;
  const config: SessionConfig = {
    name,
    scenarioId: scenario.id,
    ...(values.scenario === CUSTOM_SCENARIO ? { scenario } : {}),
    seed,
    rounds,
    rotateEvery,
    ...(sameWeights ? {} : { weights }),
    ...(values.suggest ? {} : { suggest: false }),
    ...(timer !== null ? { timerSeconds: timer } : {}),
    // Every choice allowed needs no restriction in the code; a restriction lists the allowed ones in order.
    ...(values.modes.length < PLAY_MODES.length
      ? { modes: PLAY_MODES.filter((m) => values.modes.includes(m)) }
      : {}),
    ...(values.modes.includes('solo') && values.personas.length < BOT_PERSONA_IDS.length
      ? { personas: BOT_PERSONA_IDS.filter((p) => values.personas.includes(p)) }
      : {}),
  };
  const checked = validateSessionConfig(config);
  if (!checked.ok) return { config: null, errors: { name: checked.error } };
  return { config: checked.value, errors };
}

/** The form's starting values for a scenario: its suggested length and its weights. */
export function defaultsFor(scenario: Scenario, seed: string, name = ''): SessionFormValues {
  return {
    name,
    scenario: scenario.id,
    seed,
    rounds: String(scenario.suggestedRounds),
    rotateEvery: '1',
    alignment: String(scenario.scoring.weights.alignment),
    balance: String(scenario.scoring.weights.balance),
    execution: String(scenario.scoring.weights.execution),
    modes: [...PLAY_MODES],
    personas: [...BOT_PERSONA_IDS],
    suggest: true,
    timer: '',
  };
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A seed of 8 easy-to-read characters from random bytes (crypto.getRandomValues in the page). */
export function seedFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes.slice(0, 8), (b) => SEED_ALPHABET[b % SEED_ALPHABET.length]).join('');
}

/** The link students open: the game's page next to this one, with the session code. */
export function sessionLink(code: string, pageHref: string): string {
  const url = new URL('index.html', pageHref);
  url.search = `?session=${encodeURIComponent(code)}`;
  return url.href;
}
