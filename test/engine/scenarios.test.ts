import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/game';
import { canonicalJson, hashText, scenarioHash } from '../../src/engine/scenario-hash';
import { validateScenario } from '../../src/engine/scenario-schema';
import { DEMAND_SHOCKS, SHOCK_TYPES } from '../../src/engine/scenario-types';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS, getScenario } from '../../src/engine/scenarios';
import { assertGoldenCurrent, readGolden, staleGoldenMessage } from '../golden/golden-file';

const HASHES = readGolden<Record<string, string>>('scenario-hashes');

const ORDER = ['steady-start', 'seasonal-peak', 'promotion-whiplash', 'supply-crunch', 'black-swan'];

/** Reverses the key order of every object, deeply, to prove the hash ignores it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([key, item]) => [key, reverseKeys(item)]));
}

describe('built-in scenarios', () => {
  it('are the five of DESIGN.md §6, in teaching order', () => {
    expect(BUILTIN_SCENARIO_IDS).toEqual(ORDER);
    expect(BUILTIN_SCENARIOS.map((s) => s.id)).toEqual(ORDER);
  });

  it.each(ORDER)('%s validates, unchanged by the schema, and is found by id', (id) => {
    const scenario = getScenario(id);
    expect(scenario?.id).toBe(id);
    const checked = validateScenario(scenario);
    expect(checked).toEqual({ ok: true, value: scenario });
    // Built-ins are not validated at load: the schema's output must be the file itself, key order included.
    expect(checked.ok && JSON.stringify(checked.value)).toBe(JSON.stringify(scenario));
  });

  it('are frozen, so that a built-in cannot drift from its golden hash', () => {
    const s = getScenario('steady-start')!;
    expect(() => {
      s.products[0].priceCents = 1;
    }).toThrow(TypeError);
    expect(Object.isFrozen(s.shocks[0].signal)).toBe(true);
    expect(structuredClone(s).products[0].priceCents).toBe(6000);
  });

  it('returns undefined for an unknown id', () => {
    expect(getScenario('no-such-scenario')).toBeUndefined();
  });

  it('use all 13 shock types between them', () => {
    const used = new Set(BUILTIN_SCENARIOS.flatMap((s) => s.shocks.map((shock) => shock.type)));
    expect([...used].sort()).toEqual([...SHOCK_TYPES].sort());
  });

  it('have a goal, a 2–4 sentence description and a suggested length', () => {
    for (const s of BUILTIN_SCENARIOS) {
      const sentences = s.description.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 1);
      expect(sentences.length, s.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, s.id).toBeLessThanOrEqual(4);
      expect(s.goal.length, s.id).toBeGreaterThan(20);
      expect(s.suggestedRounds, s.id).toBeGreaterThanOrEqual(6);
    }
  });

  it('keep each product priced above its unit cost with a sensible margin', () => {
    for (const p of BUILTIN_SCENARIOS.flatMap((s) => s.products)) {
      const margin = (p.priceCents - p.materialCostCents - p.conversionCostCents) / p.priceCents;
      expect(margin, p.id).toBeGreaterThan(0.3);
      expect(margin, p.id).toBeLessThan(0.55);
    }
  });

  it('give the plant 1.1–1.25 × the hours of average demand', () => {
    for (const s of BUILTIN_SCENARIOS) {
      const hours = s.products.reduce((sum, p) => {
        const season = p.seasonality.reduce((a, b) => a + b, 0) / 12;
        return sum + p.baseDemand * season * p.hoursPerUnit;
      }, 0);
      const ratio = s.plant.capacityHours / hours;
      expect(ratio, s.id).toBeGreaterThanOrEqual(1.1);
      expect(ratio, s.id).toBeLessThanOrEqual(1.25);
    }
  });

  it('steady start is a calm one-product tutorial', () => {
    const s = getScenario('steady-start')!;
    expect(s.products).toHaveLength(1);
    expect(s.suggestedRounds).toBeGreaterThanOrEqual(6);
    expect(s.suggestedRounds).toBeLessThanOrEqual(8);
    for (const shock of s.shocks) {
      expect(shock.firstMonth).toBeGreaterThanOrEqual(4);
      // Rare enough to stay calm, frequent enough that sharing a warning visibly pays.
      expect(shock.probability).toBeLessThanOrEqual(0.08);
      expect(shock.scheduled).toBeUndefined();
    }
  });

  it('seasonal peak needs pre-building: summer demand exceeds capacity plus overtime', () => {
    const s = getScenario('seasonal-peak')!;
    const julyHours = s.products.reduce(
      (sum, p) => sum + p.baseDemand * p.seasonality[6] * p.hoursPerUnit,
      0,
    );
    expect(julyHours).toBeGreaterThan(s.plant.capacityHours + s.plant.overtimeMaxHours);
    expect(s.scoring.maxCoverMonths).toBe(1.5);
  });

  it('supply crunch warns of its supply trouble two months ahead of a one-month lead time, and schedules a strike', () => {
    const s = getScenario('supply-crunch')!;
    expect(s.supplier.leadTimeMonths).toBe(1);
    for (const type of ['supplierDelay', 'materialShortage', 'machineBreakdown', 'labourStrike'])
      expect(s.shocks.find((shock) => shock.type === type)?.signal.leadMonths, type).toBe(2);
    expect(s.shocks.find((shock) => shock.type === 'labourStrike')?.scheduled).toEqual([6]);
  });

  it('black swan schedules panic buying and a material shortage in the same month', () => {
    const s = getScenario('black-swan')!;
    const panic = s.shocks.find((shock) => shock.type === 'panicBuying');
    const shortage = s.shocks.find((shock) => shock.type === 'materialShortage');
    expect(panic?.scheduled).toEqual([5]);
    expect(shortage?.scheduled).toEqual(panic?.scheduled);
  });

  it('key-account deals last one month and promotion whiplash has big promotion lifts', () => {
    for (const shock of BUILTIN_SCENARIOS.flatMap((s) => s.shocks).filter((x) => x.type === 'keyAccountDeal'))
      expect(shock.duration).toEqual([1, 1]);
    for (const p of getScenario('promotion-whiplash')!.products)
      expect(p.promotionLift['20']).toBeGreaterThanOrEqual(0.8);
    const demandShocks = getScenario('promotion-whiplash')!.shocks.filter((x) =>
      (DEMAND_SHOCKS as readonly string[]).includes(x.type),
    );
    expect(demandShocks.map((x) => x.type)).toEqual(
      expect.arrayContaining(['competitorPromotion', 'panicBuying']),
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('skips undefined fields like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('scenarioHash', () => {
  it('is 16 hex characters', () => {
    for (const s of BUILTIN_SCENARIOS) expect(scenarioHash(s)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores key order', () => {
    for (const s of BUILTIN_SCENARIOS) {
      const reordered = reverseKeys(s) as typeof s;
      expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(s));
      expect(scenarioHash(reordered)).toBe(scenarioHash(s));
    }
  });

  it('changes when any one number changes', () => {
    const s = structuredClone(getScenario('supply-crunch')!);
    const before = scenarioHash(s);
    s.products[1].seasonality[11] = 1.41;
    expect(scenarioHash(s)).not.toBe(before);
    s.products[1].seasonality[11] = 1.4;
    expect(scenarioHash(s)).toBe(before);
    s.shocks[0].signal.falseAlarmRate = 0.061;
    expect(scenarioHash(s)).not.toBe(before);
  });

  it('differs between the built-ins', () => {
    expect(new Set(BUILTIN_SCENARIOS.map(scenarioHash)).size).toBe(BUILTIN_SCENARIOS.length);
  });

  it('matches known values of the underlying text hash (a regression guard for the algorithm)', () => {
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('ab')).not.toBe(hashText('ba'));
    expect([hashText(''), hashText('a'), hashText('S&OP Arena — ü')]).toEqual(TEXT_GOLDEN);
  });

  // Golden hashes of the built-ins (test/golden/scenario-hashes.json). They change only when a
  // scenario is edited on purpose: then run `npm run golden` (records naming the old hash are refused).
  it('were written for this engine', () => {
    expect(staleGoldenMessage(HASHES, ENGINE_VERSION)).toBeNull();
    expect(Object.keys(HASHES.figures)).toEqual(ORDER);
  });

  it.each(Object.entries(HASHES.figures))('golden hash of %s', (id, hash) => {
    assertGoldenCurrent(HASHES, ENGINE_VERSION);
    expect(scenarioHash(getScenario(id)!)).toBe(hash);
  });
});

/** hashText of '', 'a' and a non-ASCII string; changing the algorithm changes every record's scenario hash. */
const TEXT_GOLDEN = ['8f195fc589495488', '4844154e369a4ffc', 'dc2a59dcf160767f'];
