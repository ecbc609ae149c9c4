/**
 * Explains every lost point: for each month and score, the points lost (out of 100) split over
 * their causes — forecast error and its bias, plans that did not cover the forecast, capacity
 * and material limits, shocks, signals held and not shared, promotion dips, overbuilding.
 * The causes' points add up to 100 × (1 − the month's score).
 */

import { describeCause } from './attribution-text';
import { monthsInGame } from './game-end';
import type { ProductSpec } from './scenario-types';
import { DEMAND_SHOCKS } from './scenario-types';
import { planGaps } from './scoring';
import { signalsSoFar } from './signals';
import type { GameState, MonthScores, ProductMonth, ProductStock, ShockOccurrence, Signal } from './types';

export const CAUSES = [
  'forecastOver',
  'forecastUnder',
  'planShort',
  'planExcess',
  'capacityLimit',
  'materialLimit',
  'yieldLoss',
  'shock',
  'unsharedSignal',
  'promotionDip',
  'overbuilding',
  'backlog',
] as const;
export type CauseType = (typeof CAUSES)[number];

/** One cause of lost points. */
export interface Cause {
  cause: CauseType;
  /** The cause in plain words, with its numbers. */
  detail: string;
  /** Points lost (out of 100) in this score this month. */
  points: number;
  product?: string;
  units: number;
  shockType?: ShockOccurrence['type'];
  signalId?: string;
}

export interface Attribution {
  alignment: Cause[];
  balance: Cause[];
  execution: Cause[];
}

/** A share of the blame in units, before it is turned into points. */
export interface Blame {
  cause: CauseType;
  product: ProductSpec;
  units: number;
  shock?: ShockOccurrence;
  signal?: Signal;
  holderMonth?: number;
}

const DEMAND_SET: ReadonlySet<string> = new Set(DEMAND_SHOCKS);
const RAISES_DEMAND = new Set(['viralSpike', 'newChannel', 'panicBuying']);

/** What attribution reads of a game at its month's execution (a GameState has all of it). */
export interface AttributionInput
  extends Pick<GameState, 'scenario' | 'settings' | 'world' | 'month' | 'sharedSignals' | 'lastPromotion'> {
  /** Stock at the start of the month (only its inventory and backlog are read). */
  stock: Record<string, Pick<ProductStock, 'inventory' | 'backlog'>>;
}

interface Context {
  state: AttributionInput;
  shocks: ShockOccurrence[];
  signals: Signal[];
}

function hits(shock: ShockOccurrence, productId: string): boolean {
  return shock.product === 'all' || shock.product === productId;
}

/**
 * The warning about a shock that its holder saw before the month and did not share before the
 * month (sharing in the month itself leaves no time to build or buy ahead), or undefined.
 */
function unsharedWarning(
  state: Pick<AttributionInput, 'month' | 'sharedSignals'>,
  signals: readonly Signal[],
  shock: ShockOccurrence,
): Signal | undefined {
  return signals.find(
    (s) =>
      s.shockId === shock.id &&
      s.visibleFrom < state.month &&
      !state.sharedSignals.some((x) => x.signalId === s.id && x.month < state.month),
  );
}

/** The shock behind a blame, and the unshared warning about it if there was one. */
function withShock(ctx: Context, blame: Blame, types: readonly string[]): Blame {
  const shock = ctx.shocks.find((s) => types.includes(s.type) && hits(s, blame.product.id));
  if (!shock) return blame;
  const warning = unsharedWarning(ctx.state, ctx.signals, shock);
  if (warning) return { ...blame, cause: 'unsharedSignal', shock, signal: warning };
  return { ...blame, cause: 'shock', shock };
}

/** Shocks a plan could have been built or bought ahead for, had their warning been shared. */
const PLANNABLE = [
  'viralSpike',
  'newChannel',
  'panicBuying',
  'keyAccountDeal',
  'machineBreakdown',
  'labourStrike',
  'supplierDelay',
  'materialShortage',
  'qualityProblem',
];

/** Roughly how many units of a product a shock took or added this month: the most a warning could have saved. */
function shockUnits(shock: ShockOccurrence, p: ProductMonth): number {
  switch (shock.type) {
    case 'viralSpike':
    case 'newChannel':
    case 'panicBuying':
      return Math.round(((p.demand - p.dealUnits) * shock.magnitude) / (1 + shock.magnitude));
    case 'keyAccountDeal':
      return p.dealUnits;
    case 'supplierDelay':
      return p.plannedProduction;
    default:
      return Math.round(p.plannedProduction * shock.magnitude);
  }
}

/**
 * A plan gap in the month a shock struck whose warning was kept back: the part the shock accounts
 * for is blamed on that warning, the rest on the plan.
 */
function withWarning(ctx: Context, blame: Blame, p: ProductMonth): Blame[] {
  for (const shock of ctx.shocks) {
    if (shock.startMonth !== ctx.state.month || !PLANNABLE.includes(shock.type)) continue;
    if (!hits(shock, blame.product.id)) continue;
    const warning = unsharedWarning(ctx.state, ctx.signals, shock);
    if (!warning) continue;
    const warned = Math.min(blame.units, shockUnits(shock, p));
    if (warned <= 0) continue;
    const out: Blame[] = [{ ...blame, cause: 'unsharedSignal', shock, signal: warning, units: warned }];
    if (blame.units > warned) out.push({ ...blame, units: blame.units - warned });
    return out;
  }
  return [blame];
}

/** Why a product made less than planned: capacity or materials (whichever bound), yield, and the shock behind it. */
function supplyBlames(ctx: Context, spec: ProductSpec, p: ProductMonth): Blame[] {
  const out: Blame[] = [];
  const short = p.plannedProduction - p.started;
  if (short > 0) {
    const base: Blame = {
      cause: p.limitedBy === 'materials' ? 'materialLimit' : 'capacityLimit',
      product: spec,
      units: short,
    };
    out.push(
      withShock(
        ctx,
        base,
        p.limitedBy === 'materials'
          ? ['supplierDelay', 'materialShortage']
          : ['machineBreakdown', 'labourStrike'],
      ),
    );
  }
  const yieldLoss = p.started - p.produced;
  if (yieldLoss > 0)
    out.push(withShock(ctx, { cause: 'yieldLoss', product: spec, units: yieldLoss }, ['qualityProblem']));
  return out;
}

/** Why demand differed from the forecast: bias, a shock (announced or not), a promotion dip. */
function forecastBlame(ctx: Context, spec: ProductSpec, p: ProductMonth): Blame | null {
  const error = p.demand - p.forecast;
  if (error === 0) return null;
  const base: Blame = {
    cause: error > 0 ? 'forecastUnder' : 'forecastOver',
    product: spec,
    units: Math.abs(error),
  };
  const demandShocks = ctx.shocks.filter(
    (s) => DEMAND_SET.has(s.type) && s.type !== 'keyAccountDeal' && hits(s, spec.id),
  );
  const matching = demandShocks.filter((s) => RAISES_DEMAND.has(s.type) === error > 0).map((s) => s.type);
  if (matching.length > 0) return withShock(ctx, base, matching);
  if (error < 0 && ctx.state.lastPromotion[spec.id] !== 0) return { ...base, cause: 'promotionDip' };
  return base;
}

/** Blames for units owed and not shipped. */
function shortfallBlames(ctx: Context, spec: ProductSpec, p: ProductMonth): Blame[] {
  const blames: Blame[] = [];
  const forecast = forecastBlame(ctx, spec, p);
  if (forecast && p.demand > p.forecast) blames.push(forecast);
  blames.push(...supplyBlames(ctx, spec, p));
  const planGap = p.forecast + p.backlogIn - p.inventoryIn - p.plannedProduction;
  if (planGap > 0) blames.push(...withWarning(ctx, { cause: 'planShort', product: spec, units: planGap }, p));
  const available = p.inventoryIn + p.produced;
  const owed = p.demand + p.backlogIn;
  const capped = Math.min(available, owed) - p.shipped;
  if (capped > 0)
    blames.push(
      withShock(ctx, { cause: 'capacityLimit', product: spec, units: capped }, ['logisticsDisruption']),
    );
  if (blames.length === 0) blames.push({ cause: 'backlog', product: spec, units: owed - p.shipped });
  return blames;
}

/** Blames for stock left beyond the healthy cover. */
function excessBlames(ctx: Context, spec: ProductSpec, p: ProductMonth): Blame[] {
  const blames: Blame[] = [];
  const forecast = forecastBlame(ctx, spec, p);
  if (forecast && p.demand < p.forecast) blames.push(forecast);
  const overbuild = p.produced - p.forecast;
  if (overbuild > 0) blames.push({ cause: 'overbuilding', product: spec, units: overbuild });
  if (blames.length === 0) blames.push({ cause: 'overbuilding', product: spec, units: 1 });
  return blames;
}

/** Spreads `points` over blames in proportion to their units, within one product's share. */
function spread(points: number, blames: Blame[], out: Blame[], pointsOut: number[]): void {
  const total = blames.reduce((s, b) => s + b.units, 0);
  for (const b of blames) {
    out.push(b);
    pointsOut.push(total > 0 ? (points * b.units) / total : points / blames.length);
  }
}

function lostFrom(share: number, error: number, base: number): number {
  if (base <= 0) return error > 0 ? share : 0;
  return error / base >= 1 ? share : (share * error) / base;
}

function sameCause(c: Cause, b: Blame): boolean {
  return (
    c.cause === b.cause &&
    c.product === b.product.id &&
    c.shockType === b.shock?.type &&
    c.signalId === b.signal?.id
  );
}

/** Merges blames of the same cause, product, shock and warning; largest first, in plain words. */
function merge(ctx: Context, blames: Blame[], points: number[]): Cause[] {
  const causes: Cause[] = [];
  for (let i = 0; i < blames.length; i++) {
    const b = blames[i];
    if (points[i] <= 0) continue;
    const existing = causes.find((c) => sameCause(c, b));
    if (existing) {
      existing.points += points[i];
      existing.units += b.units;
      continue;
    }
    const cause: Cause = {
      cause: b.cause,
      detail: '',
      points: points[i],
      product: b.product.id,
      units: b.units,
    };
    if (b.shock) cause.shockType = b.shock.type;
    if (b.signal) cause.signalId = b.signal.id;
    causes.push(cause);
  }
  causes.sort((x, y) => y.points - x.points);
  for (const c of causes) c.detail = describeCause(c, ctx.state.scenario, ctx.signals);
  return causes;
}

/** Splits a part of a score (weight `share` of 100 points) over products by their error units. */
function partBlames(
  share: number,
  products: [ProductSpec, ProductMonth][],
  error: (p: ProductMonth) => number,
  base: number,
  explain: (spec: ProductSpec, p: ProductMonth) => Blame[],
  blames: Blame[],
  points: number[],
): void {
  const totalError = products.reduce((s, [, p]) => s + error(p), 0);
  const lost = lostFrom(share, totalError, base);
  if (lost <= 0 || totalError <= 0) return;
  for (const [spec, p] of products) {
    const e = error(p);
    if (e > 0) spread((lost * e) / totalError, explain(spec, p), blames, points);
  }
}

/** The attribution of one month's lost points. */
export function attributeMonth(
  state: AttributionInput,
  products: Record<string, ProductMonth>,
  scores: MonthScores,
): Attribution {
  const month = state.month;
  const ctx: Context = {
    state,
    shocks: state.world.months[month - 1].shocks,
    signals: signalsSoFar(state),
  };
  const list = state.scenario.products.map(
    (spec) => [spec, products[spec.id]] as [ProductSpec, ProductMonth],
  );
  const cover = state.scenario.scoring.maxCoverMonths;

  const alignment = alignmentCauses(ctx, list, scores);

  const bBlames: Blame[] = [];
  const bPoints: number[] = [];
  const owed = list.reduce((s, [, p]) => s + p.demand + p.backlogIn, 0);
  const demand = list.reduce((s, [, p]) => s + p.demand, 0);
  partBlames(
    50,
    list,
    (p) => p.demand + p.backlogIn - p.shipped,
    owed,
    (spec, p) => shortfallBlames(ctx, spec, p),
    bBlames,
    bPoints,
  );
  partBlames(
    50,
    list,
    (p) => Math.max(0, p.inventoryOut - cover * p.demand),
    demand,
    (spec, p) => excessBlames(ctx, spec, p),
    bBlames,
    bPoints,
  );

  const eBlames: Blame[] = [];
  const ePoints: number[] = [];
  partBlames(
    50,
    list,
    (p) => Math.abs(p.forecast - p.demand),
    demand,
    (spec, p) => [forecastBlame(ctx, spec, p) as Blame],
    eBlames,
    ePoints,
  );
  const planned = list.reduce((s, [, p]) => s + p.plannedProduction, 0);
  partBlames(
    50,
    list,
    (p) => Math.abs(p.produced - p.plannedProduction),
    planned,
    (spec, p) => supplyBlames(ctx, spec, p),
    eBlames,
    ePoints,
  );

  return { alignment, balance: merge(ctx, bBlames, bPoints), execution: merge(ctx, eBlames, ePoints) };
}

function alignmentCauses(ctx: Context, list: [ProductSpec, ProductMonth][], scores: MonthScores): Cause[] {
  const lost = 100 * (1 - scores.alignment);
  const gaps = scores.plannedShortage + scores.plannedExcess;
  if (lost <= 0 || gaps <= 0) return [];
  const blames: Blame[] = [];
  const points: number[] = [];
  const state = ctx.state;
  for (const [spec, p] of list) {
    const stock = state.stock[spec.id];
    const { shortage, excess } = planGaps(
      p.plan.forecast,
      p.plan.production,
      stock.inventory - stock.backlog,
      state.scenario.scoring.allowedCoverMonths,
      monthsInGame(state.month, state.settings.rounds),
    );
    if (shortage > 0) {
      const units = Math.round(shortage);
      for (const b of withWarning(ctx, { cause: 'planShort', product: spec, units }, p)) {
        blames.push(b);
        points.push((lost * shortage * (units > 0 ? b.units / units : 1)) / gaps);
      }
    }
    if (excess > 0) {
      blames.push({ cause: 'planExcess', product: spec, units: Math.round(excess) });
      points.push((lost * excess) / gaps);
    }
  }
  return merge(ctx, blames, points);
}
