/** The fast record check (record-shape.ts) against the valibot schema (record-schema.ts): it takes every
 * genuine record, and whatever it takes — genuine or damaged — the schema takes too, with the same output
 * in the same key order. What it is unsure of goes to the schema, so verdicts and messages never change. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecord, unpackRecord } from '../../src/engine/codes/record-pack';
import { newRecord, recordOf } from '../../src/engine/record';
import { validateRecord, validateRecordBySchema } from '../../src/engine/record-schema';
import { recordOfKnownPacked, recordOfKnownShape } from '../../src/engine/record-shape';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine/scenarios';
import type { GameRecord } from '../../src/engine/types';
import { playChoices, roundChoiceArb } from './random-play';

/** Genuine records of random games, with and without the optional parts. */
const recordArb: fc.Arbitrary<GameRecord> = fc
  .record({
    scenarioId: fc.constantFrom(...BUILTIN_SCENARIO_IDS),
    seed: fc.string({ minLength: 1, maxLength: 8 }),
    rounds: fc.integer({ min: 1, max: 4 }),
    choices: fc.array(roundChoiceArb, { minLength: 1, maxLength: 2 }),
    weights: fc.option(fc.constant({ alignment: 1, balance: 2, execution: 0 }), { nil: undefined }),
    team: fc.boolean(),
    session: fc.boolean(),
    play: fc.option(
      fc.record(
        {
          mode: fc.constantFrom('solo', 'pair', 'team' as const),
          persona: fc.constantFrom('naive', 'incentive', 'textbook' as const),
          suggestAllowed: fc.boolean(),
          suggestUsed: fc.nat(20),
          timerSeconds: fc.integer({ min: 10, max: 3600 }),
          live: fc.boolean(),
        },
        { requiredKeys: ['mode', 'suggestAllowed', 'suggestUsed'] },
      ),
      { nil: undefined },
    ),
  })
  .map(({ scenarioId, seed, rounds, choices, weights, team, session, play }) => {
    const scenario = getScenario(scenarioId)!;
    const settings = { rounds, rotateEvery: 1, ...(weights ? { weights } : {}) };
    const base = newRecord(scenario, seed, settings, {
      ...(team ? { team: { name: 'Owls', players: ['Ann', 'Bo'] } } : {}),
      ...(session ? { session: { name: 'Class', code: 'SOPS1.x' } } : {}),
      ...(play ? { play: { ...play } } : {}),
    });
    const { state, actions } = playChoices(scenario, seed, settings, choices);
    return recordOf(base, actions, state);
  });

/** Values that sit on or just past the schema's edges. */
const edgeValue = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -0,
  1,
  10,
  15,
  20,
  24,
  25,
  -1,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '',
  'sales',
  'ops',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(31),
  'x'.repeat(61),
  'x'.repeat(65537),
  true,
  [],
  [1, 2],
  [1, 2, 3],
  [1, 2, 3, 4],
  {},
  Object.create(null),
  JSON.parse('{"__proto__": 1}'),
);

/** How many nodes (objects, arrays and values) `value` has. */
function nodeCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  return 1 + Object.values(value).reduce<number>((n, item) => n + nodeCount(item), 0);
}

/** Keys an edit may add: unknown ones, ones objects treat specially, and ones the schema knows elsewhere. */
const EXTRA_KEYS = [
  'extra',
  'prototype',
  'constructor',
  '__proto__',
  'type',
  'plan',
  'scenario',
  '',
  'x'.repeat(65),
];

/** A copy of `value` with one node (the `at`-th, modulo their count) edited: replaced by `replacement`, removed,
 * given an extra key or item, or (a number) nudged across a limit. */
function mutate(value: unknown, at: number, how: number, replacement: unknown): unknown {
  const pick = at % nodeCount(value);
  let counter = 0;
  const walk = (node: unknown): unknown => {
    const here = counter++ === pick;
    if (here && how === 0) return replacement;
    if (here && how === 3 && typeof node === 'number') return [node + 1, node - 1, -node, node + 0.5][at % 4];
    if (Array.isArray(node)) {
      const items = node.map(walk);
      if (here && how === 1) items.pop();
      if (here && how === 2) items.push(replacement);
      return items;
    }
    if (typeof node === 'object' && node !== null) {
      const out: Record<string, unknown> = {};
      const keys = Object.keys(node);
      for (const key of keys) out[key] = walk((node as Record<string, unknown>)[key]);
      if (here && how === 1 && keys.length > 0) delete out[keys[at % keys.length]];
      // An own property even for "__proto__", as JSON.parse makes it.
      if (here && how === 2)
        Object.defineProperty(out, EXTRA_KEYS[at % EXTRA_KEYS.length], {
          value: replacement,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return out;
    }
    return node;
  };
  return walk(value);
}

/** Runs `check` on 10,000 copies of the pool's items, each with one or two random edits. */
function checkDamaged(
  pool: unknown[],
  values: fc.Arbitrary<unknown>,
  check: (damaged: unknown) => void,
): void {
  const edit = fc.tuple(fc.nat(), fc.nat(3), values);
  fc.assert(
    fc.property(fc.constantFrom(...pool), fc.array(edit, { minLength: 1, maxLength: 2 }), (item, edits) => {
      let damaged: unknown = item;
      for (const [at, how, replacement] of edits) damaged = mutate(damaged, at, how, replacement);
      check(damaged);
    }),
    { numRuns: 10000 },
  );
}

/** The fast check's output equals the schema's, key order included; or the fast check is unsure. */
function agrees(input: unknown): void {
  const fast = recordOfKnownShape(input);
  if (fast === undefined) return;
  const schema = validateRecordBySchema(input);
  expect(schema.ok).toBe(true);
  if (!schema.ok) return;
  expect(fast).toStrictEqual(schema.value);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.value));
}

describe('the fast record check', () => {
  it('takes every genuine record, giving what the schema gives', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(recordOfKnownShape(record)).toBeDefined();
        agrees(record);
        agrees(JSON.parse(JSON.stringify(record)));
      }),
      { numRuns: 40 },
    );
  });

  it('takes nothing the schema refuses, and gives its output for what both take', () => {
    checkDamaged(fc.sample(recordArb, { numRuns: 12, seed: 12 }), edgeValue, agrees);
  });

  it('leaves records with an inline scenario, and every refusal, to the schema', () => {
    const scenario = getScenario(BUILTIN_SCENARIO_IDS[0])!;
    const inline = newRecord(scenario, 's', { rounds: 1, rotateEvery: 1 }, { inline: true });
    expect(recordOfKnownShape(inline)).toBeUndefined();
    expect(validateRecord(inline)).toEqual(validateRecordBySchema(inline));
    const bad = { ...inline, scenario: undefined, seed: '' };
    expect(recordOfKnownShape(bad)).toBeUndefined();
    expect(validateRecord(bad)).toEqual({ ok: false, error: 'seed: must be text of 1 to 64 characters' });
  });
});

/** What decodeResultCode gives for packed JSON by the full path: unpack, then validate. */
function fullPath(packed: unknown) {
  const unpacked = unpackRecord(packed);
  return unpacked.ok ? validateRecordBySchema(unpacked.value) : null;
}

/** The packed fast path's output equals the full path's, key order included; or it is unsure. */
function packedAgrees(packed: unknown): void {
  const fast = recordOfKnownPacked(packed);
  if (fast === undefined) return;
  const full = fullPath(packed);
  expect(full?.ok).toBe(true);
  if (!full?.ok) return;
  expect(fast).toStrictEqual(full.value);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full.value));
}

describe('the fast packed record check (result codes)', () => {
  it('reads every genuine packed record as unpacking and validating it does', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const packed = JSON.parse(JSON.stringify(packRecord(record)));
        expect(recordOfKnownPacked(packed)).toBeDefined();
        packedAgrees(packed);
      }),
      { numRuns: 40 },
    );
  });

  it('takes nothing the full path refuses, and gives its output for what both take', () => {
    const pool = fc
      .sample(recordArb, { numRuns: 12, seed: 21 })
      .map((r) => JSON.parse(JSON.stringify(packRecord(r))));
    const actionCodes = fc.constantFrom<unknown>(2, 3, 4, 5, 6, 7, 8, 9, -0, [0], [7]);
    checkDamaged(pool, fc.oneof(edgeValue, actionCodes), packedAgrees);
  });
});
