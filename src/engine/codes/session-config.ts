/** A class session's settings (what a session code carries) and their validation from untrusted input. */
import * as v from 'valibot';
import { BOT_PERSONA_IDS, type BotPersonaId, PLAY_MODES, type PlayMode } from '../play-conditions';
import { plainObject, scenarioProblem, WeightsSchema } from '../record-schema';
import { validateScenario } from '../scenario-schema';
import type { Result, Scenario, ScoreWeights } from '../types';
import { issueText } from './issue-text';

/** Everything a session fixes for a class, except the team's and players' names. */
export interface SessionConfig {
  /** Shown throughout the game, 1–60 characters. */
  name: string;
  /** A built-in scenario's id, or the inline scenario's. */
  scenarioId: string;
  /** An instructor's own scenario, carried whole. */
  scenario?: Scenario;
  /** At most 64 characters. */
  seed: string;
  /** 6–24. */
  rounds: number;
  /** Roles rotate every N rounds, 1–24. */
  rotateEvery: number;
  /** Overrides the scenario's score weights: each 0–100, not all zero. */
  weights?: ScoreWeights;
  /** Whether the Suggest button (the planner bot's numbers) is allowed. */
  suggest?: boolean;
  /** A visible round timer, in seconds (10–3600). */
  timerSeconds?: number;
  /** The modes a team may play in (absent: any); listed once each, in PLAY_MODES order. */
  modes?: PlayMode[];
  /** The solo bot colleagues a player may choose (absent: any); listed once each. */
  personas?: BotPersonaId[];
}

/** Bounds of a session's numbers, for forms and validation alike. */
export const SESSION_LIMITS = {
  nameMax: 60,
  seedMax: 64,
  scenarioIdMax: 64,
  rounds: [6, 24],
  rotateEvery: [1, 24],
  timerSeconds: [10, 3600],
} as const;

const wholeIn = ([min, max]: readonly [number, number], what: string) => {
  const message = `must be a whole ${what} from ${min} to ${max}`;
  return v.pipe(
    v.number(message),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, message),
  );
};
const text = (max: number) => {
  const message = `must be text of 1 to ${max} characters`;
  return v.pipe(
    v.string(message),
    v.check((s) => s.trim().length >= 1 && s.length <= max, message),
  );
};

/** A non-empty list of distinct choices from `options`. */
const choices = <T extends string>(options: readonly T[]) => {
  const message = `must list one or more of ${options.join(', ')}, each once`;
  return v.pipe(
    v.custom<unknown[]>(
      (value) => Array.isArray(value) && value.length >= 1 && value.length <= options.length,
      message,
    ),
    v.array(v.picklist(options, message), message),
    v.check((list) => new Set(list).size === list.length, message),
  );
};

const SessionSchema = plainObject(
  {
    name: text(SESSION_LIMITS.nameMax),
    scenarioId: text(SESSION_LIMITS.scenarioIdMax),
    scenario: v.optional(
      v.custom<Record<string, unknown>>(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
        'must be a scenario object',
      ),
    ),
    seed: text(SESSION_LIMITS.seedMax),
    rounds: wholeIn(SESSION_LIMITS.rounds, 'number of rounds'),
    rotateEvery: wholeIn(SESSION_LIMITS.rotateEvery, 'number of rounds'),
    weights: v.optional(WeightsSchema),
    suggest: v.optional(v.boolean('must be true or false')),
    timerSeconds: v.optional(wholeIn(SESSION_LIMITS.timerSeconds, 'number of seconds')),
    modes: v.optional(choices(PLAY_MODES)),
    personas: v.optional(choices(BOT_PERSONA_IDS)),
  },
  'must be an object',
);

/** Checks untrusted data is a SessionConfig (the inline scenario fully); on failure names the first
 * problem with its path, e.g. "rounds: must be a whole number of rounds from 6 to 24". */
export function validateSessionConfig(input: unknown): Result<SessionConfig, string> {
  const parsed = v.safeParse(SessionSchema, input);
  if (!parsed.success) return { ok: false, error: issueText('', parsed.issues[0], 'session') };
  const { scenario: rawScenario, ...rest } = parsed.output;
  const config: SessionConfig = rest;
  if (rawScenario === undefined) return { ok: true, value: config };
  const scenario = validateScenario(rawScenario);
  if (!scenario.ok) return { ok: false, error: scenarioProblem(scenario.error) };
  return { ok: true, value: { ...config, scenario: scenario.value } };
}
