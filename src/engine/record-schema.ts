/** Validation of a game record from untrusted input (a pasted code, a dropped file): shape only; the
 * engine's replay checks the game rules. */
import * as v from 'valibot';
import { issueText } from './codes/issue-text';
import { BOT_PERSONA_IDS, PLAY_MODES } from './play-conditions';
import { recordOfKnownShape } from './record-shape';
import { validateScenario } from './scenario-schema';
import type { GameRecord, Result } from './types';

/** Most actions a record may hold (24 rounds need far fewer). */
export const MAX_RECORD_ACTIONS = 2000;
/** Most products a plan may name. */
const MAX_PLAN_PRODUCTS = 16;
const SHORT_TEXT = 64;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const finite = (message = 'must be a finite number') =>
  v.pipe(
    v.number(message),
    v.check((n) => Number.isFinite(n), message),
  );
const wholeIn = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return v.pipe(
    v.number(message),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, message),
  );
};
const text = (min: number, max: number) => {
  const message =
    min > 0 ? `must be text of ${min} to ${max} characters` : `must be text of at most ${max} characters`;
  return v.pipe(
    v.string(message),
    v.check((s) => s.length >= min && s.length <= max, message),
  );
};
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A strict object that also refuses arrays (valibot's object schemas take any non-null object). */
export const plainObject = <E extends v.ObjectEntries>(entries: E, message: string) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, message), v.strictObject(entries, message));

/** A map keyed by product id; refuses keys that JavaScript objects treat specially. */
const productMap = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'must be an object keyed by product id'),
    v.check(
      (map) =>
        Object.keys(map).every((key) => key.length >= 1 && key.length <= SHORT_TEXT && !UNSAFE_KEYS.has(key)),
      `must be keyed by product ids of 1 to ${SHORT_TEXT} characters`,
    ),
    v.check(
      (map) => Object.keys(map).length <= MAX_PLAN_PRODUCTS,
      `must name at most ${MAX_PLAN_PRODUCTS} products`,
    ),
    v.record(v.string(), value),
  );

const HORIZON_MESSAGE = 'must be 3 numbers: this month and the next two';
const HorizonSchema = v.pipe(
  v.custom<unknown[]>((value) => Array.isArray(value) && value.length === 3, HORIZON_MESSAGE),
  v.strictTuple([finite(), finite(), finite()], HORIZON_MESSAGE),
);
const PromotionSchema = v.picklist([0, 10, 20], 'must be 0, 10 or 20 (percent off)');
const RoleSchema = v.picklist(['sales', 'ops'], "must be 'sales' or 'ops'");

const SalesPlanSchema = plainObject(
  {
    forecast: productMap(HorizonSchema),
    promotion: productMap(PromotionSchema),
    acceptDeals: v.pipe(
      v.custom<unknown[]>((value) => Array.isArray(value), 'must be a list of deal ids'),
      v.maxLength(50, 'must list at most 50 deals'),
      v.array(text(1, SHORT_TEXT), 'must be a list of deal ids'),
    ),
  },
  'must be a sales plan object',
);

const OpsPlanSchema = plainObject(
  {
    production: productMap(HorizonSchema),
    materialOrder: productMap(finite()),
    expedite: productMap(finite()),
    overtimeHours: finite(),
  },
  'must be an operations plan object',
);

/** One engine action, shape only (the rules are the engine's); shared with the live protocol. */
export const ActionSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('startRound') }),
    v.strictObject({ type: v.literal('submitSalesPlan'), plan: SalesPlanSchema }),
    v.strictObject({ type: v.literal('submitOpsPlan'), plan: OpsPlanSchema }),
    v.strictObject({ type: v.literal('shareSignal'), role: RoleSchema, signalId: text(1, SHORT_TEXT) }),
    v.strictObject({ type: v.literal('reviseSalesPlan'), plan: SalesPlanSchema }),
    v.strictObject({ type: v.literal('reviseOpsPlan'), plan: OpsPlanSchema }),
    v.strictObject({ type: v.literal('signOff'), role: RoleSchema }),
    v.strictObject({ type: v.literal('execute') }),
    v.strictObject({ type: v.literal('nextRound') }),
  ],
  'must be an action of a known type',
);

/** Score weights: numbers from 0 to 100 (as in scenarios), not all zero (shared with session codes). */
export const WeightsSchema = v.pipe(
  plainObject(
    {
      alignment: finite('must be a number from 0 to 100'),
      balance: finite('must be a number from 0 to 100'),
      execution: finite('must be a number from 0 to 100'),
    },
    'must be an object {alignment, balance, execution}',
  ),
  v.check(
    (w) => [w.alignment, w.balance, w.execution].every((x) => x >= 0 && x <= 100),
    'must all be numbers from 0 to 100',
  ),
  v.check((w) => w.alignment + w.balance + w.execution > 0, 'must not all be zero'),
);

const RecordSchema = plainObject(
  {
    format: v.literal(1, 'must be 1'),
    engineVersion: text(1, SHORT_TEXT),
    scenarioId: text(1, SHORT_TEXT),
    scenarioHash: v.pipe(
      v.string('must be 16 lowercase hex characters'),
      v.regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex characters'),
    ),
    scenario: v.optional(v.custom<Record<string, unknown>>(isPlainObject, 'must be a scenario object')),
    seed: text(1, SHORT_TEXT),
    settings: plainObject(
      { rounds: wholeIn(1, 24), rotateEvery: wholeIn(1, 24), weights: v.optional(WeightsSchema) },
      'must be an object {rounds, rotateEvery, weights?}',
    ),
    // The length is checked before any item, so a hostile record of a million actions is refused at once.
    actions: v.pipe(
      v.custom<unknown[]>((value) => Array.isArray(value), 'must be a list of actions'),
      v.maxLength(MAX_RECORD_ACTIONS, `must hold at most ${MAX_RECORD_ACTIONS} actions`),
      v.array(ActionSchema, 'must be a list of actions'),
    ),
    team: v.optional(
      plainObject(
        {
          name: text(0, 60),
          players: v.pipe(
            v.custom<unknown[]>((value) => Array.isArray(value), 'must be a list of names'),
            v.maxLength(4, 'must name at most 4 players'),
            v.array(text(0, 30), 'must be a list of names'),
          ),
        },
        'must be an object {name, players}',
      ),
    ),
    session: v.optional(
      plainObject({ name: text(0, 60), code: text(0, 65536) }, 'must be an object {name, code}'),
    ),
    play: v.optional(
      plainObject(
        {
          mode: v.picklist(PLAY_MODES, `must be one of ${PLAY_MODES.join(', ')}`),
          persona: v.optional(v.picklist(BOT_PERSONA_IDS, `must be one of ${BOT_PERSONA_IDS.join(', ')}`)),
          suggestAllowed: v.boolean('must be true or false'),
          suggestUsed: wholeIn(0, MAX_RECORD_ACTIONS),
          timerSeconds: v.optional(wholeIn(10, 3600)),
          live: v.optional(v.boolean('must be true or false')),
        },
        'must be an object {mode, persona?, suggestAllowed, suggestUsed, timerSeconds?, live?}',
      ),
    ),
    claimed: v.optional(
      plainObject(
        {
          total: finite(),
          alignment: finite(),
          balance: finite(),
          execution: finite(),
          profitCents: v.pipe(
            v.number('must be a whole number of cents'),
            v.check((n) => Number.isSafeInteger(n), 'must be a whole number of cents'),
          ),
          months: wholeIn(0, 24),
        },
        'must be an object {total, alignment, balance, execution, profitCents, months}',
      ),
    ),
  },
  'must be an object',
);

/** Checks untrusted data has the GameRecord shape (the inline scenario fully, by validateScenario); on
 * failure names the first problem with its path, e.g. "actions[12].plan.forecast: must be …". A plainly valid
 * record without an inline scenario takes the fast check of record-shape.ts, which gives the same output;
 * anything else this schema. Keep both in step. */
export function validateRecord(input: unknown): Result<GameRecord, string> {
  const known = recordOfKnownShape(input);
  return known !== undefined ? { ok: true, value: known } : validateRecordBySchema(input);
}

/** validateRecord by the schema alone (the fast check skipped): what the fast check is compared with. */
export function validateRecordBySchema(input: unknown): Result<GameRecord, string> {
  const parsed = v.safeParse(RecordSchema, input);
  if (!parsed.success) return { ok: false, error: issueText('', parsed.issues[0], 'record') };
  const { scenario: rawScenario, ...rest } = parsed.output;
  if (rawScenario === undefined) return { ok: true, value: rest };
  const scenario = validateScenario(rawScenario);
  if (!scenario.ok) return { ok: false, error: scenarioProblem(scenario.error) };
  return { ok: true, value: { ...rest, scenario: scenario.value } };
}

/** The first of validateScenario's problems, its path put under "scenario". */
export function scenarioProblem(problems: string[]): string {
  const first = problems[0] ?? 'scenario: is not a valid scenario';
  return /^scenario[:\s]/.test(first) ? first : `scenario.${first}`;
}
