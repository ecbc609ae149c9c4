import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine/game';
import { newRecord, recordOf, replay } from '../../src/engine/record';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine/scenarios';
import { gameScore } from '../../src/engine/scoring';
import type { Action, GameSettings, GameState, MonthFinance } from '../../src/engine/types';
import { playChoices, type RoundChoice, roundChoiceArb } from './random-play';

const NUM_RUNS = 100;
/** One seed per run for every property here, so they see the same games (played once, cached). */
const SEED = Math.floor(Math.random() * 2 ** 31);
const played = new Map<string, { state: GameState; actions: Action[] }>();

interface Played {
  scenarioId: string;
  seed: string;
  settings: GameSettings;
  choices: RoundChoice[];
  state: GameState;
  actions: Action[];
}

/** A random built-in scenario and seed, played on random valid decisions. */
const gameArb: fc.Arbitrary<Played> = fc
  .record({
    scenarioId: fc.constantFrom(...BUILTIN_SCENARIO_IDS),
    seed: fc.string({ maxLength: 12 }),
    rounds: fc.integer({ min: 1, max: 14 }),
    rotateEvery: fc.integer({ min: 1, max: 3 }),
    choices: fc.array(roundChoiceArb, { minLength: 1, maxLength: 6 }),
  })
  .map(({ scenarioId, seed, rounds, rotateEvery, choices }) => {
    const settings = { rounds, rotateEvery };
    const key = JSON.stringify([scenarioId, seed, settings, choices]);
    const game = played.get(key) ?? playChoices(getScenario(scenarioId)!, seed, settings, choices);
    played.set(key, game);
    const { state, actions } = game;
    return { scenarioId, seed, settings, choices, state, actions };
  });

function property(name: string, check: (game: Played) => void) {
  it(name, () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        check(game);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });
}

/** The paths of numbers in `value` that fail `ok` (empty when all pass). */
function failing(value: unknown, ok: (n: number) => boolean): string[] {
  return numbers(value)
    .filter(([, n]) => !ok(n))
    .map(([path, n]) => `${path} = ${n}`);
}

/** Every number anywhere inside a value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
}

const UNIT_KEYS = [
  'demand',
  'dealUnits',
  'started',
  'produced',
  'shipped',
  'backlogIn',
  'backlogOut',
  'lostSales',
  'inventoryIn',
  'inventoryOut',
  'materialsIn',
  'materialsArrived',
  'materialsUsed',
  'materialsOut',
] as const;

function costs(f: MonthFinance): number {
  return (
    f.materialCents +
    f.conversionCents +
    f.overtimeCents +
    f.expediteCents +
    f.holdingCents +
    f.backorderCents
  );
}

describe('over random valid decisions on random scenarios and seeds', () => {
  property('every game runs to the end, one report per round', ({ state, settings }) => {
    expect(state.phase).toBe('finished');
    expect(state.history.map((r) => r.month)).toEqual(
      Array.from({ length: settings.rounds }, (_, i) => i + 1),
    );
  });

  property('no report holds NaN or an infinite number', ({ state }) => {
    expect(failing(state.history, Number.isFinite)).toEqual([]);
    expect(failing(state.stock, Number.isFinite)).toEqual([]);
  });

  property(
    'no stock, backlog, materials or pipeline lot is negative, and all are whole units',
    ({ state }) => {
      const units = state.history.map((r) =>
        Object.values(r.products).map((p) => UNIT_KEYS.map((key) => p[key])),
      );
      expect(failing(units, (n) => Number.isInteger(n) && n >= 0)).toEqual([]);
      for (const stock of Object.values(state.stock)) {
        expect(
          Math.min(stock.inventory, stock.backlog, stock.materials, ...stock.pipeline.map((l) => l.units)),
        ).toBeGreaterThanOrEqual(0);
      }
    },
  );

  property('units are conserved every month, and each month starts where the last ended', ({ state }) => {
    state.history.forEach((report, i) => {
      for (const [id, p] of Object.entries(report.products)) {
        expect(p.inventoryIn + p.produced - p.shipped).toBe(p.inventoryOut);
        expect(p.materialsIn + p.materialsArrived - p.materialsUsed).toBe(p.materialsOut);
        expect(p.produced).toBeLessThanOrEqual(p.started);
        const next = state.history[i + 1]?.products[id];
        const carried = next ?? {
          inventoryIn: state.stock[id].inventory,
          backlogIn: state.stock[id].backlog,
          materialsIn: state.stock[id].materials,
        };
        expect([carried.inventoryIn, carried.backlogIn, carried.materialsIn]).toEqual([
          p.inventoryOut,
          p.backlogOut,
          p.materialsOut,
        ]);
      }
    });
  });

  property('backlog and lost sales are consistent', ({ state }) => {
    for (const report of state.history) {
      for (const p of Object.values(report.products)) {
        expect(p.backlogIn + p.demand - p.shipped).toBe(p.backlogOut + p.lostSales);
        expect(p.shipped).toBeLessThanOrEqual(p.inventoryIn + p.produced);
      }
    }
  });

  property('money adds up in whole cents', ({ state }) => {
    for (const report of state.history) {
      const f = report.finance;
      expect(f.profitCents).toBe(f.revenueCents - costs(f));
      expect(failing(f, Number.isInteger)).toEqual([]);
      expect(Object.values(report.products).reduce((s, p) => s + p.revenueCents, 0)).toBe(f.revenueCents);
      expect(Number.isInteger(report.bonuses.salesCents) && Number.isInteger(report.bonuses.opsCents)).toBe(
        true,
      );
      expect(Math.min(report.bonuses.salesCents, report.bonuses.opsCents)).toBeGreaterThanOrEqual(0);
    }
    expect(gameScore(state).profitCents).toBe(state.history.reduce((s, r) => s + r.finance.profitCents, 0));
  });

  property('every score lies in [0, 1] and the game score in [0, 100]', ({ state }) => {
    for (const report of state.history) {
      const s = report.scores;
      for (const value of [
        s.alignment,
        s.balance,
        s.execution,
        s.total,
        s.fillRate,
        s.inventoryHealth,
        s.forecastAccuracy,
        s.planAttainment,
      ]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    const score = gameScore(state);
    for (const value of [score.total, score.alignment, score.balance, score.execution]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
  });

  property(
    'replaying the record rebuilds the state exactly, every time',
    ({ scenarioId, seed, settings, state, actions }) => {
      const record = recordOf(newRecord(getScenario(scenarioId)!, seed, settings), actions, state);
      const first = replay(record);
      const second = replay(structuredClone(record));
      expect(first).toEqual({ ok: true, value: state });
      expect(second).toEqual(first);
      expect(record.claimed).toEqual(gameScore(state));
    },
  );

  property(
    'the shocks, signals and noise do not depend on the decisions',
    ({ scenarioId, seed, settings, state }) => {
      expect(state.world).toEqual(createGame(getScenario(scenarioId)!, seed, settings).world);
      for (const report of state.history)
        expect(report.shocks).toEqual(state.world.months[report.month - 1].shocks);
    },
  );
});

describe('replay of an inline scenario', () => {
  it('rebuilds the state from a record that carries its scenario', () => {
    fc.assert(
      fc.property(gameArb, ({ scenarioId, seed, settings, state, actions }) => {
        const record = recordOf(
          newRecord(getScenario(scenarioId)!, seed, settings, { inline: true }),
          actions,
          state,
        );
        expect(record.scenario).toBeDefined();
        expect(replay(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, value: state });
      }),
      { numRuns: 20 },
    );
  });
});
