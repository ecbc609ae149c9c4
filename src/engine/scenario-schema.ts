/** Scenario validation: every problem of a scenario file listed by path, or the typed scenario. */
import * as v from 'valibot';
import { type Scenario, SHOCK_TYPES } from './scenario-types';
import type { Result } from './types';

/** Longest string any field of a scenario may hold; longer input is refused outright. */
export const MAX_STRING_LENGTH = 2000;
/** Largest scenario file parseScenarioJson accepts, in characters. */
export const MAX_SCENARIO_JSON_CHARS = 200 * 1024;
const MAX_NODES = 50_000;
const MAX_DEPTH = 32;
const MAX_CENTS = 100_000_000;
const MAX_UNITS = 10_000_000;

const isInt = (n: number) => Number.isInteger(n);
/** A number schema whose every failure (wrong type included) gives the one message. */
const num = (ok: (n: number) => boolean, message: string) =>
  v.pipe(
    v.number(message),
    v.check((n) => Number.isFinite(n) && ok(n), message),
  );
const numIn = (min: number, max: number) =>
  num((n) => n >= min && n <= max, `must be a number from ${min} to ${max}`);
const share = () => numIn(0, 1);
const cents = (positive: boolean) =>
  v.pipe(
    num(
      (n) => isInt(n) && (positive ? n > 0 : n >= 0),
      positive ? 'must be a positive integer of cents' : 'must be a non-negative integer of cents',
    ),
    v.check((n) => n <= MAX_CENTS, 'must be at most 100,000,000 cents'),
  );
const units = () =>
  num((n) => isInt(n) && n >= 0 && n <= MAX_UNITS, 'must be a whole number of units from 0 to 10,000,000');
const wholeIn = (min: number, max: number, what: string) =>
  num((n) => isInt(n) && n >= min && n <= max, `must be a whole ${what} from ${min} to ${max}`);
const text = (max: number) =>
  v.pipe(
    v.string(`must be text of 1 to ${max} characters`),
    v.check((s) => s.trim().length > 0 && s.length <= max, `must be text of 1 to ${max} characters`),
  );
const id = () =>
  v.pipe(
    v.string('must be 1 to 32 characters of a-z, 0-9 and -'),
    v.regex(/^[a-z0-9-]{1,32}$/, 'must be 1 to 32 characters of a-z, 0-9 and -'),
    v.check((s) => s !== 'constructor' && s !== 'prototype', 'is a reserved word; choose another id'),
  );
/** An object schema that also refuses arrays (valibot's object takes them) and keeps its entries for key checks. */
const obj = <E extends v.ObjectEntries>(entries: E) =>
  Object.assign(
    v.pipe(
      v.custom<v.InferInput<v.ObjectSchema<E, undefined>>>(
        (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
        'must be an object',
      ),
      v.object(entries, 'must be an object'),
    ),
    { entries },
  );
/** A list whose length is checked even when an item is wrong (valibot's own length checks are skipped then). */
const list = <T extends v.GenericSchema>(item: T, min: number, max: number, message: string) =>
  v.pipe(
    v.array(item, message),
    v.rawCheck(({ dataset, addIssue }) => {
      const value = dataset.value;
      if (Array.isArray(value) && (value.length < min || value.length > max)) addIssue({ message });
    }),
  );
const pair = (item: () => v.GenericSchema<number>) =>
  v.strictTuple([item(), item()], 'must be a [min, max] pair of numbers');

const PromotionLiftSchema = obj({ '10': numIn(0, 3), '20': numIn(0, 3) });

const ProductSchema = obj({
  id: id(),
  name: text(60),
  unitName: text(40),
  priceCents: cents(true),
  materialCostCents: cents(false),
  conversionCostCents: cents(false),
  hoursPerUnit: num((n) => n > 0 && n <= 100, 'must be a number above 0 and at most 100'),
  holdingCostCents: cents(false),
  backorderPenaltyCents: cents(false),
  lostSaleShare: share(),
  baseDemand: num(
    (n) => isInt(n) && n > 0 && n <= 1_000_000,
    'must be a positive integer of units, at most 1,000,000',
  ),
  // Bounded so that 1 + trend × 23 stays positive over a 24-month game.
  trendPerMonth: numIn(-0.04, 0.1),
  seasonality: list(numIn(0.1, 5), 12, 12, 'must be exactly 12 numbers, January first'),
  noise: numIn(0, 0.5),
  promotionLift: PromotionLiftSchema,
  promotionDip: share(),
  yield: num((n) => n > 0 && n <= 1, 'must be a number above 0 and at most 1'),
  initialInventory: units(),
  initialMaterials: units(),
});

const SignalSchema = obj({
  leadMonths: num((n) => n === 1 || n === 2, 'must be 1 or 2'),
  reliability: share(),
  falseAlarmRate: share(),
});

const ShockSchema = obj({
  type: v.picklist(SHOCK_TYPES, `must be one of ${SHOCK_TYPES.join(', ')}`),
  probability: share(),
  magnitude: pair(() => numIn(0, 3)),
  duration: pair(() => wholeIn(1, 24, 'number of months')),
  product: v.string("must be 'any', 'all' or a product id"),
  firstMonth: wholeIn(1, 24, 'month'),
  scheduled: v.optional(list(wholeIn(1, 24, 'month'), 0, 24, 'must be a list of at most 24 months')),
  signal: SignalSchema,
});

const PlantSchema = obj({
  capacityHours: num((n) => n > 0 && n <= 1_000_000, 'must be a positive number of hours, at most 1,000,000'),
  overtimeMaxHours: num((n) => n >= 0 && n <= 1_000_000, 'must be a number of hours from 0 to 1,000,000'),
  overtimeCostCentsPerHour: cents(false),
});

const SupplierSchema = obj({
  leadTimeMonths: wholeIn(0, 3, 'number of months'),
  expeditePremium: share(),
});

const WeightsSchema = obj({ alignment: numIn(0, 100), balance: numIn(0, 100), execution: numIn(0, 100) });

const ScoringSchema = obj({
  weights: WeightsSchema,
  allowedCoverMonths: numIn(0, 12),
  maxCoverMonths: num((n) => n > 0 && n <= 12, 'must be a number above 0 and at most 12'),
});

const BonusesSchema = obj({ salesRevenueShare: share(), opsSavingShare: share() });

const ScenarioSchema = obj({
  id: id(),
  name: text(60),
  goal: text(200),
  description: text(1000),
  suggestedRounds: wholeIn(6, 24, 'number of rounds'),
  startMonth: wholeIn(1, 12, 'month'),
  products: list(ProductSchema, 1, 3, 'must list 1 to 3 products'),
  plant: PlantSchema,
  supplier: SupplierSchema,
  scoring: ScoringSchema,
  bonuses: BonusesSchema,
  shocks: list(ShockSchema, 0, 40, 'must list at most 40 shocks'),
});

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCents = (x: unknown): x is number => isNum(x) && Number.isInteger(x) && x >= 0;

/** Writes a path like products[1].promotionLift['10'] from its keys. */
function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? 'scenario' : out;
}

/** Refuses hostile input before validation: over-long strings, huge or deeply nested structures. */
function sizeProblem(input: unknown): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let seen = 1;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_DEPTH) return `${formatPath(path)}: nested too deeply`;
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH)
      return `${formatPath(path)}: text longer than ${MAX_STRING_LENGTH} characters`;
    if (typeof value !== 'object' || value === null) continue;
    // Counted before the children are stacked, so a huge array is refused without walking it.
    seen += Array.isArray(value) ? value.length : Object.keys(value).length;
    if (seen > MAX_NODES) return `scenario: too large (more than ${MAX_NODES} values)`;
    const keys = Array.isArray(value) ? Array.from(value.keys()) : Object.keys(value);
    for (const key of keys) {
      if (typeof key === 'string' && key.length > MAX_STRING_LENGTH)
        return `${formatPath(path)}: a key is longer than ${MAX_STRING_LENGTH} characters`;
      stack.push({ value: (value as Record<string | number, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** Known keys of each object level, taken from the schemas themselves. */
const KEYS = {
  scenario: Object.keys(ScenarioSchema.entries),
  product: Object.keys(ProductSchema.entries),
  promotionLift: Object.keys(PromotionLiftSchema.entries),
  shock: Object.keys(ShockSchema.entries),
  signal: Object.keys(SignalSchema.entries),
  plant: Object.keys(PlantSchema.entries),
  supplier: Object.keys(SupplierSchema.entries),
  scoring: Object.keys(ScoringSchema.entries),
  weights: Object.keys(WeightsSchema.entries),
  bonuses: Object.keys(BonusesSchema.entries),
};

/** Every key that the schema does not know, at every level (valibot would drop them silently). */
function unknownKeyProblems(input: Raw): string[] {
  const problems: string[] = [];
  const check = (value: unknown, known: string[], path: (string | number)[]) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value))
      if (!known.includes(key)) problems.push(`${formatPath([...path, key])}: is not a known field`);
  };
  check(input, KEYS.scenario, []);
  for (const part of ['plant', 'supplier', 'scoring', 'bonuses'] as const)
    check(input[part], KEYS[part], [part]);
  if (isObject(input.scoring)) check(input.scoring.weights, KEYS.weights, ['scoring', 'weights']);
  asArray(input.products).forEach((product, i) => {
    check(product, KEYS.product, ['products', i]);
    if (isObject(product)) check(product.promotionLift, KEYS.promotionLift, ['products', i, 'promotionLift']);
  });
  asArray(input.shocks).forEach((shock, i) => {
    check(shock, KEYS.shock, ['shocks', i]);
    if (isObject(shock)) check(shock.signal, KEYS.signal, ['shocks', i, 'signal']);
  });
  return problems;
}

/** Rules that span fields: unique ids, price above unit cost, shock targets, ranges, weights. */
function crossFieldProblems(input: Raw): string[] {
  const problems: string[] = [];
  const products = asArray(input.products);
  const ids: string[] = [];
  products.forEach((product, i) => {
    if (!isObject(product)) return;
    const {
      id: productId,
      priceCents: price,
      materialCostCents: material,
      conversionCostCents: conversion,
    } = product;
    if (typeof productId === 'string') {
      const first = ids.indexOf(productId);
      if (first >= 0)
        problems.push(`products[${i}].id: repeats the id of products[${first}] ("${productId}")`);
      ids.push(productId);
    }
    if (
      isCents(price) &&
      isCents(material) &&
      isCents(conversion) &&
      price > 0 &&
      price <= material + conversion
    )
      problems.push(
        `products[${i}].priceCents: must be more than material plus conversion cost (${material + conversion} cents)`,
      );
  });
  asArray(input.shocks).forEach((shock, i) => {
    if (!isObject(shock)) return;
    const target = shock.product;
    const known = ids.length > 0 && ids.length === products.length;
    if (known && typeof target === 'string' && target !== 'any' && target !== 'all' && !ids.includes(target))
      problems.push(
        `shocks[${i}].product: must be 'any', 'all' or a product id (${[...new Set(ids)].join(', ')})`,
      );
    for (const range of ['magnitude', 'duration'] as const) {
      const pairValue = asArray(shock[range]);
      if (isNum(pairValue[0]) && isNum(pairValue[1]) && pairValue[0] > pairValue[1])
        problems.push(`shocks[${i}].${range}: min must not be above max`);
    }
  });
  const weights = isObject(input.scoring) ? input.scoring.weights : undefined;
  if (isObject(weights)) {
    const values = [weights.alignment, weights.balance, weights.execution];
    if (values.every((w) => isNum(w) && w >= 0) && values.every((w) => w === 0))
      problems.push('scoring.weights: must not all be zero');
  }
  return problems;
}

/** Turns one valibot issue into "path: message" ("is missing" for an absent field). */
function issueText(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path[path.length - 1];
  // A surplus tuple item is reported at the pair itself, not at the extra index.
  const tooLong = issue.type === 'strict_tuple' && last?.type === 'array';
  const keys = (tooLong ? path.slice(0, -1) : path).map((item) => item.key as string | number);
  const missing =
    last !== undefined && 'origin' in last && last.origin === 'key' && issue.input === undefined;
  return `${formatPath(keys)}: ${missing ? 'is missing' : issue.message}`;
}

/** Checks untrusted data against every rule; on failure lists every problem, each prefixed by its path. */
export function validateScenario(input: unknown): Result<Scenario, string[]> {
  const tooBig = sizeProblem(input);
  if (tooBig !== null) return { ok: false, error: [tooBig] };
  const parsed = v.safeParse(ScenarioSchema, input);
  const problems = parsed.issues ? parsed.issues.map(issueText) : [];
  if (isObject(input)) problems.push(...unknownKeyProblems(input), ...crossFieldProblems(input));
  if (problems.length > 0 || !parsed.success) return { ok: false, error: problems };
  const scenario: Scenario = parsed.output;
  return { ok: true, value: scenario };
}

/** Parses and validates a scenario file's text; refuses oversized text and bad JSON with a clear message. */
export function parseScenarioJson(text: string): Result<Scenario, string[]> {
  if (text.length > MAX_SCENARIO_JSON_CHARS)
    return { ok: false, error: [`scenario file: larger than ${MAX_SCENARIO_JSON_CHARS / 1024} KB`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: [`scenario file: not valid JSON (${reason})`] };
  }
  return validateScenario(data);
}
