/**
 * When each lesson applies: a trigger reads the game and returns the moment it came from
 * ("Month 6: …") with a relevance in game points (0–100), or null when the lesson does not apply.
 */

import { SUPPLY_SHOCKS } from '../scenario-types';
import type { MonthReport } from '../types';
import { formatMoney, formatQuantity } from '../words/formats';
import { bullwhip } from './bullwhip';
import { SCORE_LABELS } from './cause-words';
import { pointsLostTo } from './causes';
import { balanceHalfPoints, causesOf, type LessonContext, lowest, unitName, worstOf } from './lesson-context';

/** Where a lesson came from: a month (or the whole game, month null), a sentence and how much it mattered. */
export interface LessonMoment {
  month: number | null;
  /** "Month 6: …" */
  text: string;
  /** Game points (0–100) it is about: the larger, the more relevant. */
  relevance: number;
}

/** A trigger: the moment a lesson came from, or null. */
export type LessonTrigger = (ctx: LessonContext) => LessonMoment | null;

const pct = (share: number) => `${Math.round(share * 100)} %`;
const at = (month: number, text: string, relevance: number): LessonMoment => ({
  month,
  text: `Month ${month}: ${text}`,
  relevance,
});

/** A signal held and not shared cost points. */
export const communication: LessonTrigger = (ctx) => {
  const worst = worstOf(ctx, ['unsharedSignal']);
  if (!worst) return null;
  return at(worst.month, worst.text, 1.5 * pointsLostTo(ctx.ranked, ['unsharedSignal']));
};

/** Material orders swung more than 1.5 times as much as demand. */
export const bullwhipEffect: LessonTrigger = (ctx) => {
  const figures = bullwhip(ctx.history, ctx.game);
  if (figures.ratio === null || figures.ratio <= 1.5) return null;
  let i = 1;
  for (let k = 2; k < figures.orders.length; k++) {
    const swing = Math.abs(figures.orders[k] - figures.orders[k - 1]);
    if (swing > Math.abs(figures.orders[i] - figures.orders[i - 1])) i = k;
  }
  const o = figures.orders;
  const d = figures.demand;
  return at(
    figures.months[i],
    `material orders went from ${o[i - 1].toLocaleString('en-US')} to ${o[i].toLocaleString('en-US')} units while demand went from ${d[i - 1].toLocaleString('en-US')} to ${d[i].toLocaleString('en-US')}. Over the game, orders varied ${figures.ratio.toFixed(1)} times as much as demand.`,
    Math.min(20, 4 * (figures.ratio - 1)),
  );
};

const capacityBound = (r: MonthReport) =>
  r.utilisation >= 0.95 || Object.values(r.products).some((p) => p.limitedBy === 'capacity');

/** Customers waited while the plant was full: build ahead of a peak. */
export const capacity: LessonTrigger = (ctx) => {
  const months = ctx.history.filter((r) => r.scores.fillRate < 0.9 && capacityBound(r));
  if (months.length === 0) return null;
  const worst = months.reduce((a, b) => (b.scores.fillRate < a.scores.fillRate ? b : a));
  const points = months.reduce((s, r) => s + balanceHalfPoints(ctx, 1 - r.scores.fillRate), 0);
  return at(
    worst.month,
    `the plant used ${pct(worst.utilisation)} of its hours and still shipped only ${pct(worst.scores.fillRate)} of what customers were owed.`,
    points + pointsLostTo(ctx.ranked, ['capacityLimit']),
  );
};

/** Forecasts ran above demand over the game. */
export const optimism: LessonTrigger = (ctx) => {
  let forecast = 0;
  let demand = 0;
  let worst: { month: number; product: string; forecast: number; demand: number } | null = null;
  for (const r of ctx.history) {
    for (const [id, p] of Object.entries(r.products)) {
      forecast += p.forecast;
      demand += p.demand;
      if (!worst || p.forecast - p.demand > worst.forecast - worst.demand)
        worst = { month: r.month, product: id, forecast: p.forecast, demand: p.demand };
    }
  }
  if (demand <= 0 || !worst) return null;
  const bias = (forecast - demand) / demand;
  if (bias <= 0.05 || worst.forecast <= worst.demand) return null;
  const unit = unitName(ctx, worst.product);
  return at(
    worst.month,
    `the forecast said ${formatQuantity(worst.forecast, unit)}; customers bought ${worst.demand.toLocaleString('en-US')}. Over the game, forecasts ran ${pct(bias)} above demand.`,
    pointsLostTo(ctx.ranked, ['forecastOver']) + 20 * bias,
  );
};

/** A role's bonus rose in a month the team score fell. */
export const incentiveConflict: LessonTrigger = (ctx) => {
  let best: { report: MonthReport; before: MonthReport; drop: number } | null = null;
  for (let i = 1; i < ctx.history.length; i++) {
    const r = ctx.history[i];
    const before = ctx.history[i - 1];
    const up =
      r.bonuses.salesCents > before.bonuses.salesCents || r.bonuses.opsCents > before.bonuses.opsCents;
    const drop = before.scores.total - r.scores.total;
    if (up && drop >= 0.03 && (!best || drop > best.drop)) best = { report: r, before, drop };
  }
  if (!best) return null;
  const { report, before } = best;
  const salesUp = report.bonuses.salesCents - before.bonuses.salesCents;
  const opsUp = report.bonuses.opsCents - before.bonuses.opsCents;
  const [role, cents] =
    salesUp >= opsUp ? ['Sales', report.bonuses.salesCents] : ['Operations', report.bonuses.opsCents];
  return at(
    report.month,
    `the ${role} bonus rose to ${formatMoney(cents)} while the team score fell from ${Math.round(100 * before.scores.total)} to ${Math.round(100 * report.scores.total)}.`,
    (200 * best.drop) / Math.max(1, ctx.months) + 2,
  );
};

const SUPPLY_SET: ReadonlySet<string> = new Set(SUPPLY_SHOCKS);

/** Production ran short of materials (often after a late or cut delivery). */
export const leadTime: LessonTrigger = (ctx) => {
  const worst = worstOf(ctx, ['materialLimit']);
  if (!worst) return null;
  const report = ctx.history.find((r) => r.month === worst.month);
  const late = report?.events.find((e) => e.type === 'deliveryDelayed' || e.type === 'deliveryCut');
  const why =
    late && (late.type === 'deliveryDelayed' || late.type === 'deliveryCut')
      ? ` A supplier delivery of ${formatQuantity(late.units, 'material units')} was ${late.type === 'deliveryDelayed' ? 'late' : 'cut'}.`
      : '';
  const supplyShockPoints = ctx.ranked
    .filter((r) => r.cause === 'shock' && r.shockType && SUPPLY_SET.has(r.shockType))
    .reduce((s, r) => s + r.points, 0);
  return at(
    worst.month,
    `${worst.text}${why}`,
    1.2 * (pointsLostTo(ctx.ranked, ['materialLimit']) + supplyShockPoints),
  );
};

/** The warehouse ended months far above the healthy cover. */
export const excessStock: LessonTrigger = (ctx) => {
  const months = ctx.history.filter((r) => r.scores.inventoryHealth < 0.9);
  if (months.length === 0) return null;
  const worst = months.reduce((a, b) => (b.scores.inventoryHealth < a.scores.inventoryHealth ? b : a));
  const [id, p] = Object.entries(worst.products).reduce((a, b) =>
    b[1].inventoryOut / Math.max(1, b[1].demand) > a[1].inventoryOut / Math.max(1, a[1].demand) ? b : a,
  );
  const cover = p.inventoryOut / Math.max(1, p.demand);
  const points = months.reduce((s, r) => s + balanceHalfPoints(ctx, 1 - r.scores.inventoryHealth), 0);
  return at(
    worst.month,
    `${formatQuantity(p.inventoryOut, unitName(ctx, id))} were left in the warehouse, ${cover.toFixed(1)} months of demand (the healthy maximum is ${ctx.game.scenario.scoring.maxCoverMonths}).`,
    points + pointsLostTo(ctx.ranked, ['overbuilding', 'planExcess']) / 2,
  );
};

/** Customers waited although the plant had hours and materials to spare: too little safety stock. */
export const thinStock: LessonTrigger = (ctx) => {
  const months = ctx.history.filter(
    (r) =>
      r.scores.fillRate < 0.95 &&
      r.utilisation < 0.9 &&
      Object.values(r.products).every((p) => p.limitedBy === 'none'),
  );
  if (months.length === 0) return null;
  const worst = months.reduce((a, b) => (b.scores.fillRate < a.scores.fillRate ? b : a));
  return at(
    worst.month,
    `the plant used only ${pct(worst.utilisation)} of its hours, yet ${pct(1 - worst.scores.fillRate)} of what customers were owed had to wait.`,
    months.reduce((s, r) => s + balanceHalfPoints(ctx, 1 - r.scores.fillRate), 0),
  );
};

/** A promotion's dip cost points. */
export const promotions: LessonTrigger = (ctx) => {
  const worst = worstOf(ctx, ['promotionDip']);
  if (!worst) return null;
  return at(worst.month, worst.text, 1.5 * pointsLostTo(ctx.ranked, ['promotionDip']));
};

/** The weakest month of one score, with its largest cause. */
function weakest(
  score: 'alignment' | 'balance' | 'execution',
  detail: (r: MonthReport) => string,
): LessonTrigger {
  return (ctx) => {
    const worst = lowest(ctx, (r) => r.scores[score]);
    if (!worst) return null;
    const top = causesOf(ctx, worst).find((c) => c.score === score);
    const lost = ctx.history.reduce((s, r) => s + 100 * (1 - r.scores[score]), 0) / Math.max(1, ctx.months);
    const value = Math.round(100 * worst.scores[score]);
    const extra = detail(worst);
    return at(
      worst.month,
      `${SCORE_LABELS[score].toLowerCase()} was ${value} out of 100${extra ? ` (${extra})` : ''}.${top ? ` ${top.text}` : ''}`,
      0.4 * ctx.weights[score] * lost,
    );
  };
}

/** The month with the weakest alignment. */
export const alignment = weakest('alignment', () => '');

/** The month with the weakest balance. */
export const balance = weakest(
  'balance',
  (r) => `fill rate ${pct(r.scores.fillRate)}, inventory health ${pct(r.scores.inventoryHealth)}`,
);

/** The month with the weakest execution. */
export const execution = weakest(
  'execution',
  (r) =>
    `forecast accuracy ${pct(r.scores.forecastAccuracy)}, plan attainment ${pct(r.scores.planAttainment)}`,
);

/** The best month: what the rhythm looks like when it works (always applies, lowest relevance). */
export const rhythm: LessonTrigger = (ctx) => {
  const best = lowest(ctx, (r) => -r.scores.total);
  if (!best) return null;
  return at(best.month, `your best month scored ${Math.round(100 * best.scores.total)} out of 100.`, 0);
};
