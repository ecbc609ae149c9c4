/** The golden games' figures (test/golden/games.json): bot pairs on every built-in scenario, one seed. */
import type { OpsBotId, SalesBotId } from '../../src/engine/bots';
import { playGame } from '../../src/engine/play';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine/scenarios';
import { gameScore } from '../../src/engine/scoring';

/** Seed and length of every golden game. */
export const GOLDEN_SEED = 'golden-1';
export const GOLDEN_ROUNDS = 12;

/** The bot pairs of the golden games. */
export const GOLDEN_PAIRS: [SalesBotId, OpsBotId][] = [
  ['planner', 'planner'],
  ['optimist', 'cautious'],
];

/** One golden game's figures: the final score parts, profit, and month 3 of the first product. */
export interface GoldenFigures {
  total: number;
  alignment: number;
  balance: number;
  execution: number;
  profitCents: number;
  month3: {
    product: string;
    demand: number;
    forecast: number;
    produced: number;
    shipped: number;
    inventoryOut: number;
    backlogOut: number;
    lostSales: number;
    profitCents: number;
  };
}

/** Plays one golden game and reads its figures. */
export function goldenFigures(scenarioId: string, sales: SalesBotId, ops: OpsBotId): GoldenFigures {
  const scenario = getScenario(scenarioId)!;
  const { state } = playGame(scenario, GOLDEN_SEED, { rounds: GOLDEN_ROUNDS, rotateEvery: 1 }, sales, ops);
  const score = gameScore(state);
  const month = state.history[2];
  const product = scenario.products[0].id;
  const p = month.products[product];
  return {
    total: score.total,
    alignment: score.alignment,
    balance: score.balance,
    execution: score.execution,
    profitCents: score.profitCents,
    month3: {
      product,
      demand: p.demand,
      forecast: p.forecast,
      produced: p.produced,
      shipped: p.shipped,
      inventoryOut: p.inventoryOut,
      backlogOut: p.backlogOut,
      lostSales: p.lostSales,
      profitCents: month.finance.profitCents,
    },
  };
}

/** Every golden game's figures, keyed "scenario sales/ops". */
export function allGoldenFigures(): Record<string, GoldenFigures> {
  const out: Record<string, GoldenFigures> = {};
  for (const id of BUILTIN_SCENARIO_IDS)
    for (const [sales, ops] of GOLDEN_PAIRS) out[`${id} ${sales}/${ops}`] = goldenFigures(id, sales, ops);
  return out;
}
