import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIO_JSON_CHARS,
  MAX_STRING_LENGTH,
  parseScenarioJson,
  validateScenario,
} from '../../src/engine/scenario-schema';
import type { Scenario } from '../../src/engine/scenario-types';
import { getScenario } from '../../src/engine/scenarios';

// biome-ignore lint/suspicious/noExplicitAny: the tests break scenarios on purpose, so their data is untyped.
type Loose = any;

/** A fresh, editable copy of a two-product built-in (seasonal-peak: ebike, scooter). */
function base(): Record<string, Loose> {
  return structuredClone(getScenario('seasonal-peak')) as unknown as Record<string, Loose>;
}

function problemsOf(input: unknown): string[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.error;
}

type Case = [name: string, edit: (s: Record<string, Loose>) => void, expected: string];

const CASES: Case[] = [
  ['bad scenario id', (s) => (s.id = 'Seasonal Peak'), 'id: must be 1 to 32 characters of a-z, 0-9 and -'],
  ['id too long', (s) => (s.id = 'a'.repeat(33)), 'id: must be 1 to 32 characters'],
  ['empty name', (s) => (s.name = '  '), 'name: must be text of 1 to 60 characters'],
  ['long goal', (s) => (s.goal = 'g'.repeat(201)), 'goal: must be text of 1 to 200 characters'],
  ['long description', (s) => (s.description = 'd'.repeat(1001)), 'description: must be text of 1 to 1000'],
  ['unknown top-level key', (s) => (s.difficulty = 3), 'difficulty: is not a known field'],
  ['missing plant', (s) => delete s.plant, 'plant: is missing'],
  ['plant as an array', (s) => (s.plant = []), 'plant: must be an object'],
  [
    'rounds too few',
    (s) => (s.suggestedRounds = 5),
    'suggestedRounds: must be a whole number of rounds from 6',
  ],
  ['start month 13', (s) => (s.startMonth = 13), 'startMonth: must be a whole month from 1 to 12'],
  ['no products', (s) => (s.products = []), 'products: must list 1 to 3 products'],
  [
    'four products',
    (s) => s.products.push(s.products[0], s.products[0]),
    'products: must list 1 to 3 products',
  ],
  [
    'fractional price',
    (s) => (s.products[1].priceCents = 450.5),
    'products[1].priceCents: must be a positive integer of cents',
  ],
  [
    'price as text',
    (s) => (s.products[1].priceCents = '45000'),
    'products[1].priceCents: must be a positive integer of cents',
  ],
  [
    'negative material cost',
    (s) => (s.products[0].materialCostCents = -1),
    'products[0].materialCostCents: must be a non-negative integer of cents',
  ],
  [
    'price below unit cost',
    (s) => (s.products[0].materialCostCents = 110000),
    'products[0].priceCents: must be more than material plus conversion cost (131600 cents)',
  ],
  [
    'zero hours per unit',
    (s) => (s.products[0].hoursPerUnit = 0),
    'products[0].hoursPerUnit: must be a number above 0 and at most 100',
  ],
  [
    'lost-sale share above 1',
    (s) => (s.products[0].lostSaleShare = 1.2),
    'products[0].lostSaleShare: must be a number from 0 to 1',
  ],
  [
    '11 seasonality numbers',
    (s) => s.products[1].seasonality.pop(),
    'products[1].seasonality: must be exactly 12 numbers',
  ],
  [
    'seasonality too low',
    (s) => (s.products[1].seasonality[6] = 0.05),
    'products[1].seasonality[6]: must be a number from 0.1 to 5',
  ],
  ['noise too high', (s) => (s.products[0].noise = 0.6), 'products[0].noise: must be a number from 0 to 0.5'],
  [
    'promotion lift too big',
    (s) => (s.products[0].promotionLift['20'] = 4),
    'products[0].promotionLift["20"]: must be a number from 0 to 3',
  ],
  [
    'yield of zero',
    (s) => (s.products[0].yield = 0),
    'products[0].yield: must be a number above 0 and at most 1',
  ],
  [
    'base demand too big',
    (s) => (s.products[0].baseDemand = 1_000_001),
    'products[0].baseDemand: must be a positive integer of units',
  ],
  [
    'fractional inventory',
    (s) => (s.products[0].initialInventory = 2.5),
    'products[0].initialInventory: must be a whole number of units',
  ],
  [
    'duplicate product ids',
    (s) => (s.products[1].id = 'ebike'),
    'products[1].id: repeats the id of products[0] ("ebike")',
  ],
  ['unknown product key', (s) => (s.products[0].colour = 'red'), 'products[0].colour: is not a known field'],
  [
    'zero capacity',
    (s) => (s.plant.capacityHours = 0),
    'plant.capacityHours: must be a positive number of hours',
  ],
  [
    'negative overtime',
    (s) => (s.plant.overtimeMaxHours = -10),
    'plant.overtimeMaxHours: must be a number of hours from 0',
  ],
  [
    'lead time 4',
    (s) => (s.supplier.leadTimeMonths = 4),
    'supplier.leadTimeMonths: must be a whole number of months from 0 to 3',
  ],
  [
    'unknown shock type',
    (s) => (s.shocks[3].type = 'meteor'),
    'shocks[3].type: must be one of viralSpike, competitorPromotion,',
  ],
  [
    'probability above 1',
    (s) => (s.shocks[0].probability = 1.5),
    'shocks[0].probability: must be a number from 0 to 1',
  ],
  [
    'magnitude min above max',
    (s) => (s.shocks[0].magnitude = [0.5, 0.2]),
    'shocks[0].magnitude: min must not be above max',
  ],
  [
    'magnitude too big',
    (s) => (s.shocks[0].magnitude = [0.5, 3.5]),
    'shocks[0].magnitude[1]: must be a number from 0 to 3',
  ],
  [
    'duration not a pair',
    (s) => (s.shocks[1].duration = [1, 2, 3]),
    'shocks[1].duration: must be a [min, max] pair of numbers',
  ],
  [
    'duration of zero',
    (s) => (s.shocks[1].duration = [0, 2]),
    'shocks[1].duration[0]: must be a whole number of months from 1 to 24',
  ],
  [
    'first month zero',
    (s) => (s.shocks[2].firstMonth = 0),
    'shocks[2].firstMonth: must be a whole month from 1 to 24',
  ],
  [
    'scheduled month 25',
    (s) => (s.shocks[2].scheduled = [3, 25]),
    'shocks[2].scheduled[1]: must be a whole month from 1 to 24',
  ],
  [
    'signal lead 3',
    (s) => (s.shocks[0].signal.leadMonths = 3),
    'shocks[0].signal.leadMonths: must be 1 or 2',
  ],
  [
    'unknown shock product',
    (s) => (s.shocks[0].product = 'bike'),
    "shocks[0].product: must be 'any', 'all' or a product id (ebike, scooter)",
  ],
  ['misspelt optional key', (s) => (s.shocks[0].schedule = [5]), 'shocks[0].schedule: is not a known field'],
  [
    'all weights zero',
    (s) => (s.scoring.weights = { alignment: 0, balance: 0, execution: 0 }),
    'scoring.weights: must not all be zero',
  ],
  [
    'negative weight',
    (s) => (s.scoring.weights.balance = -1),
    'scoring.weights.balance: must be a number from 0 to 100',
  ],
  [
    'zero max cover',
    (s) => (s.scoring.maxCoverMonths = 0),
    'scoring.maxCoverMonths: must be a number above 0',
  ],
  [
    'negative allowed cover',
    (s) => (s.scoring.allowedCoverMonths = -0.5),
    'scoring.allowedCoverMonths: must be a number from 0 to 12',
  ],
  [
    'bonus share above 1',
    (s) => (s.bonuses.opsSavingShare = 2),
    'bonuses.opsSavingShare: must be a number from 0 to 1',
  ],
  [
    'infinite capacity',
    (s) => (s.plant.capacityHours = Number.POSITIVE_INFINITY),
    'plant.capacityHours: must be a positive number',
  ],
  [
    'NaN price',
    (s) => (s.products[0].priceCents = Number.NaN),
    'products[0].priceCents: must be a positive integer of cents',
  ],
];

describe('validateScenario refuses each kind of bad input with its path', () => {
  it.each(CASES)('%s', (_name, edit, expected) => {
    const scenario = base();
    edit(scenario);
    const problems = problemsOf(scenario);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });
});

describe('validateScenario', () => {
  it('accepts a valid scenario and returns a copy without shared references', () => {
    const input = base();
    const result = validateScenario(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(result.value.products).not.toBe(input.products);
  });

  it('lists every problem, not only the first', () => {
    const s = base();
    s.products[1].priceCents = -5;
    s.shocks[3].type = 'meteor';
    s.extra = true;
    s.other = 1;
    s.supplier.leadTimeMonths = 9;
    const problems = problemsOf(s);
    expect(problems).toEqual(
      expect.arrayContaining([
        'products[1].priceCents: must be a positive integer of cents',
        expect.stringMatching(/^shocks\[3\]\.type: must be one of /),
        'extra: is not a known field',
        'other: is not a known field',
        'supplier.leadTimeMonths: must be a whole number of months from 0 to 3',
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('lists every missing field of an empty object', () => {
    const problems = problemsOf({});
    expect(problems).toContain('products: is missing');
    expect(problems).toContain('shocks: is missing');
    expect(problems).toHaveLength(12);
  });

  it.each([null, undefined, 42, 'scenario', [], [1, 2]])('refuses %j as not an object', (input) => {
    expect(problemsOf(input)).toEqual(['scenario: must be an object']);
  });

  it('accepts an optional field left out and a one-product scenario', () => {
    const s = base();
    s.products = [s.products[0]];
    s.shocks = s.shocks.map((shock: Record<string, unknown>) => ({ ...shock, product: 'all' }));
    delete s.shocks[0].scheduled;
    expect(validateScenario(s).ok).toBe(true);
  });

  it('refuses any string longer than the size guard, even in an unknown field', () => {
    const s = base();
    s.notes = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(problemsOf(s)).toEqual([`notes: text longer than ${MAX_STRING_LENGTH} characters`]);
  });

  it('refuses a huge array before walking it', () => {
    expect(problemsOf({ ...base(), extra: new Array(10_000_000) })[0]).toMatch(/^scenario: too large/);
  });

  it('refuses deeply nested and cyclic input without crashing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problemsOf({ ...base(), extra: deep })[0]).toMatch(/nested too deeply/);
    const cyclic: Record<string, unknown> = base();
    cyclic.self = cyclic;
    expect(problemsOf(cyclic)[0]).toMatch(/too large|nested too deeply/);
  });

  it('checks shock targets only against a product list it could read', () => {
    const s = base();
    delete s.products;
    s.shocks[0].product = 'ebike';
    expect(problemsOf(s)).toEqual(['products: is missing']);
  });

  it('does not repeat a bad price as a cost problem', () => {
    const s = base();
    s.products[0].priceCents = -1;
    expect(problemsOf(s)).toEqual(['products[0].priceCents: must be a positive integer of cents']);
  });
});

describe('parseScenarioJson', () => {
  it('parses and validates good text', () => {
    const text = JSON.stringify(getScenario('black-swan'));
    const result = parseScenarioJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(getScenario('black-swan') as Scenario);
  });

  it('refuses malformed JSON with a clear message', () => {
    const result = parseScenarioJson('{"id": "x",');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual([expect.stringMatching(/^scenario file: not valid JSON \(/)]);
  });

  it('refuses text over 200 KB before parsing it', () => {
    const text = `{"pad": "${' '.repeat(MAX_SCENARIO_JSON_CHARS)}"}`;
    const result = parseScenarioJson(text);
    expect(result).toEqual({ ok: false, error: ['scenario file: larger than 200 KB'] });
  });

  it('reports the problems of valid JSON that is not a valid scenario', () => {
    const result = parseScenarioJson('{"id": "BAD"}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('id: must be 1 to 32 characters of a-z, 0-9 and -');
  });
});
