/**
 * Planned gaps as every screen shows them: per product and month from the engine's one rule
 * (`planGaps`), with the weighted figure alignment scores and a sentence saying how it is weighted.
 */

import { gameEndWords, monthsInGame } from './game-end';
import type { Scenario } from './scenario-types';
import { IN_GAME_WEIGHTS, type PlanGaps, planGaps } from './scoring';
import type { MonthReport, OpsPlan, SalesPlan } from './types';
import { formatCount } from './words/formats';

/** The gaps of a whole consensus plan: per product, and summed over products month by month. */
export interface ConsensusGaps {
  products: Record<string, PlanGaps>;
  /** Shortage and excess summed over products, this month and the next two (those inside the game), unweighted. */
  months: { shortage: number; excess: number }[];
  /** Weighted sums over products, as the alignment score counts them. */
  shortage: number;
  excess: number;
  /** The game's last month when it falls inside this horizon (fewer than three months count), else null. */
  gameEnd: number | null;
}

/** What the gaps of a plan are read from: the plans and each product's opening stock less backlog. */
export interface GapInput {
  scenario: Scenario;
  salesPlan: Pick<SalesPlan, 'forecast'>;
  opsPlan: Pick<OpsPlan, 'production'>;
  /** inventory − backlog at the start of the month, per product. */
  openingPosition: Record<string, number>;
  /** The plan's month and the game's length: months after the last one do not count. */
  month: number;
  rounds: number;
}

/** The planned gaps of a consensus plan, per product and in total. */
export function consensusGaps(input: GapInput): ConsensusGaps {
  const cover = input.scenario.scoring.allowedCoverMonths;
  const inGame = monthsInGame(input.month, input.rounds);
  const products: Record<string, PlanGaps> = {};
  const months = IN_GAME_WEIGHTS[inGame].map(() => ({ shortage: 0, excess: 0 }));
  let shortage = 0;
  let excess = 0;
  for (const p of input.scenario.products) {
    const gaps = planGaps(
      input.salesPlan.forecast[p.id] ?? [0, 0, 0],
      input.opsPlan.production[p.id] ?? [0, 0, 0],
      input.openingPosition[p.id] ?? 0,
      cover,
      inGame,
    );
    products[p.id] = gaps;
    gaps.months.forEach((m, k) => {
      months[k].shortage += m.shortage;
      months[k].excess += m.excess;
    });
    shortage += gaps.shortage;
    excess += gaps.excess;
  }
  return { products, months, shortage, excess, gameEnd: inGame < 3 ? input.rounds : null };
}

/** The planned gaps of a played month, from the consensus plans and opening stock in its report. */
export function reportGaps(report: MonthReport, scenario: Scenario, rounds: number): ConsensusGaps {
  const openingPosition: Record<string, number> = {};
  for (const p of scenario.products)
    openingPosition[p.id] = report.products[p.id].inventoryIn - report.products[p.id].backlogIn;
  return consensusGaps({
    scenario,
    salesPlan: report.salesPlan,
    opsPlan: report.opsPlan,
    openingPosition,
    month: report.month,
    rounds,
  });
}

/** Weights as words: [0.5, 0.3, 0.2] → "50 %, 30 %, 20 %"; [0.625, 0.375] → "62.5 %, 37.5 %". */
export function weightWords(weights: readonly number[]): string {
  return weights.map((w) => `${Math.round(w * 1000) / 10} %`).join(', ');
}

/** "a, b and c" */
function listWords(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** How alignment weighs the months of a horizon: the whole horizon, or the months left before the game's end. */
export function horizonWeighting(inGame: 1 | 2 | 3, gameEnd: number | null): string {
  const weights = weightWords(IN_GAME_WEIGHTS[inGame]);
  if (inGame === 3 || gameEnd === null) return `Alignment weighs this month and the next two ${weights}`;
  if (inGame === 2)
    return `${gameEndWords(gameEnd)}, so alignment weighs only this month and the next, ${weights} (50 % and 30 % scaled to add up to 100 %)`;
  return `${gameEndWords(gameEnd)}, so alignment counts this month only`;
}

/**
 * How alignment counts a plan's gaps, with its numbers: "Alignment weighs this month and the next two
 * 50 %, 30 %, 20 %: shortages of 467, 692 and 917 units count as 625." In the last months it names the
 * game's end and the months that still count. Null when the plan has no gap.
 */
export function weightingSentence(
  gaps: Pick<ConsensusGaps, 'months' | 'shortage' | 'excess' | 'gameEnd'>,
): string | null {
  const one = gaps.months.length === 1;
  const part = (pick: (m: ConsensusGaps['months'][number]) => number, weighted: number, what: string[]) => {
    const units = listWords(gaps.months.map((m) => formatCount(pick(m))));
    return one
      ? `${what[0]} of ${units} units`
      : `${what[1]} of ${units} units count as ${formatCount(weighted)}`;
  };
  const parts: string[] = [];
  if (gaps.shortage > 0) parts.push(part((m) => m.shortage, gaps.shortage, ['a shortage', 'shortages']));
  if (gaps.excess > 0) parts.push(part((m) => m.excess, gaps.excess, ['an excess', 'excesses']));
  if (parts.length === 0) return null;
  const inGame = gaps.months.length as 1 | 2 | 3;
  return `${horizonWeighting(inGame, gaps.gameEnd)}: ${parts.join('; ')}.`;
}
