/** What every lesson trigger looks at, computed once per game: the ranked causes, weights and helpers. */
import type { CauseType } from '../attribution';
import type { ScoreWeights } from '../scenario-types';
import { effectiveWeights } from '../scoring';
import type { MonthReport } from '../types';
import { type GameFrame, type MonthCause, monthCauses, type RankedCause, rankCauses } from './causes';

/** The facts a lesson trigger reads. */
export interface LessonContext {
  history: readonly MonthReport[];
  game: GameFrame;
  ranked: RankedCause[];
  weights: ScoreWeights;
  /** Months played. */
  months: number;
}

/** Builds the context of a history. */
export function lessonContext(history: readonly MonthReport[], game: GameFrame): LessonContext {
  return {
    history,
    game,
    ranked: rankCauses(history, game),
    weights: effectiveWeights(game.scenario, game.settings),
    months: history.length,
  };
}

/** The largest single occurrence among causes of the given types, or null. */
export function worstOf(ctx: LessonContext, types: readonly CauseType[]): MonthCause | null {
  let worst: MonthCause | null = null;
  for (const r of ctx.ranked) {
    if (types.includes(r.cause) && (!worst || r.worst.monthPoints > worst.monthPoints)) worst = r.worst;
  }
  return worst;
}

/** Every cause of one month (month-total scale). */
export function causesOf(ctx: LessonContext, report: MonthReport): MonthCause[] {
  return monthCauses(report, ctx.game);
}

/** The report with the lowest value of `pick`, or null for an empty history. */
export function lowest(ctx: LessonContext, pick: (r: MonthReport) => number): MonthReport | null {
  return ctx.history.reduce<MonthReport | null>((low, r) => (!low || pick(r) < pick(low) ? r : low), null);
}

/** Game points (0–100) that half of the balance score lost to a 0–1 shortfall in one month. */
export function balanceHalfPoints(ctx: LessonContext, shortfall: number): number {
  return ctx.months === 0 ? 0 : (ctx.weights.balance * 50 * shortfall) / ctx.months;
}

/** The unit noun of a product (or "units"). */
export function unitName(ctx: LessonContext, productId: string | undefined): string {
  return ctx.game.scenario.products.find((p) => p.id === productId)?.unitName ?? 'units';
}
