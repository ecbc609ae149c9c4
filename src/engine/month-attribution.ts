/**
 * Attribution on demand: a played month's lost points are explained from the game when something
 * reads them (the round report, the debrief, the CLI's JSON), not during execution. The state the
 * month was executed in is rebuilt from the month's report and the game, so the figures and the
 * words are the ones `attributeMonth` gives on the state itself; each report's is computed once.
 */
import { type Attribution, type AttributionInput, attributeMonth } from './attribution';
import type { GameState, MonthReport, PromotionLevel } from './types';

/** What explaining a played month needs of its game. */
export type AttributionGame = Pick<
  GameState,
  'scenario' | 'settings' | 'world' | 'sharedSignals' | 'history'
>;

const known = new WeakMap<MonthReport, Attribution>();

function previousMonth(history: readonly MonthReport[], month: number): MonthReport | undefined {
  const guess = history[month - 2];
  return guess?.month === month - 1 ? guess : history.find((r) => r.month === month - 1);
}

/** What attribution read when the month was executed: opening stock, last promotions, shares so far. */
function inputAt(game: AttributionGame, report: MonthReport): AttributionInput {
  const previous = previousMonth(game.history, report.month);
  const lastPromotion: Record<string, PromotionLevel> = {};
  const stock: AttributionInput['stock'] = {};
  for (const spec of game.scenario.products) {
    const p = report.products[spec.id];
    lastPromotion[spec.id] = previous ? previous.products[spec.id].promotion : 0;
    stock[spec.id] = { inventory: p.inventoryIn, backlog: p.backlogIn };
  }
  return {
    scenario: game.scenario,
    settings: game.settings,
    world: game.world,
    month: report.month,
    // Cards are shared during a month's turns and meeting, all before its execution.
    sharedSignals: game.sharedSignals.filter((s) => s.month <= report.month),
    lastPromotion,
    stock,
  };
}

/** The attribution of one played month of a game: its lost points per score, split over causes. */
export function monthAttribution(game: AttributionGame, report: MonthReport): Attribution {
  let attribution = known.get(report);
  if (!attribution) {
    attribution = attributeMonth(inputAt(game, report), report.products, report.scores);
    known.set(report, attribution);
  }
  return attribution;
}

/** A month report whose attribution is given rather than derived (hand-made reports in tests and examples). */
export function withAttribution(report: MonthReport, attribution: Attribution): MonthReport {
  known.set(report, attribution);
  return report;
}
