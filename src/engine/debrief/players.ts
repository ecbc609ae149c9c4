/**
 * Each player's figures in each role, from the rotation: as Sales, forecast accuracy (1 − WMAPE)
 * and bias; as Operations, plan attainment and unit cost. Pooled over the months the player held the role.
 */
import { roleHolder } from '../roles';
import type { GameState, MonthReport, Role } from '../types';

/** One player's figures; null where the player never held the role. */
export interface PlayerStats {
  name: string;
  salesMonths: number[];
  /** 1 − Σ|forecast − demand| / Σ demand (clamped at 0). */
  forecastAccuracy: number | null;
  /** (Σ forecast − Σ demand) / Σ demand: positive means optimistic. */
  forecastBias: number | null;
  salesBonusCents: number;
  opsMonths: number[];
  /** 1 − Σ|produced − planned| / Σ planned (clamped at 0). */
  planAttainment: number | null;
  /** (material + conversion + overtime + expedite) / units produced, whole cents. */
  unitCostCents: number | null;
  opsBonusCents: number;
  /** Mean team score (0–100) over the months the player held either role. */
  teamScore: number | null;
}

/** One player's bonuses so far, by the role they held when earning them. */
export interface SeatBonuses {
  salesCents: number;
  opsCents: number;
}

/** What the player in `seat` (of `seatCount`, the rotation's) has earned so far: the Sales bonus of the months
 * they were Sales and the Operations bonus of the months they were Operations (the debrief's per-player figures). */
export function seatBonuses(
  history: readonly MonthReport[],
  game: Pick<GameState, 'settings'>,
  seat: number,
  seatCount: number,
): SeatBonuses {
  const count = Math.max(1, seatCount);
  return {
    salesCents: held(history, game, 'sales', seat, count).reduce((s, r) => s + r.bonuses.salesCents, 0),
    opsCents: held(history, game, 'ops', seat, count).reduce((s, r) => s + r.bonuses.opsCents, 0),
  };
}

function held(
  history: readonly MonthReport[],
  game: Pick<GameState, 'settings'>,
  role: Role,
  seat: number,
  count: number,
) {
  return history.filter((r) => roleHolder(game.settings, r.month, role, count) === seat);
}

function sumProducts(
  months: readonly MonthReport[],
  pick: (p: MonthReport['products'][string]) => number,
): number {
  return months.reduce((s, r) => s + Object.values(r.products).reduce((t, p) => t + pick(p), 0), 0);
}

/** The figures of every player (seat order as in `players`; in solo, the bot is one of them). */
export function playerStats(
  history: readonly MonthReport[],
  game: Pick<GameState, 'settings'>,
  players: readonly string[],
): PlayerStats[] {
  const count = Math.max(1, players.length);
  return players.map((name, seat) => {
    const asSales = held(history, game, 'sales', seat, count);
    const asOps = held(history, game, 'ops', seat, count);
    const demand = sumProducts(asSales, (p) => p.demand);
    const forecast = sumProducts(asSales, (p) => p.forecast);
    const forecastError = sumProducts(asSales, (p) => Math.abs(p.forecast - p.demand));
    const planned = sumProducts(asOps, (p) => p.plannedProduction);
    const produced = sumProducts(asOps, (p) => p.produced);
    const planError = sumProducts(asOps, (p) => Math.abs(p.produced - p.plannedProduction));
    const costCents = asOps.reduce(
      (s, r) =>
        s +
        r.finance.materialCents +
        r.finance.conversionCents +
        r.finance.overtimeCents +
        r.finance.expediteCents,
      0,
    );
    const months = history.filter((r) => asSales.includes(r) || asOps.includes(r));
    const bonuses = seatBonuses(history, game, seat, count);
    return {
      name,
      salesMonths: asSales.map((r) => r.month),
      forecastAccuracy: asSales.length === 0 ? null : accuracy(forecastError, demand),
      forecastBias: asSales.length === 0 || demand === 0 ? null : (forecast - demand) / demand,
      salesBonusCents: bonuses.salesCents,
      opsMonths: asOps.map((r) => r.month),
      planAttainment: asOps.length === 0 ? null : accuracy(planError, planned),
      unitCostCents: asOps.length === 0 || produced === 0 ? null : Math.round(costCents / produced),
      opsBonusCents: bonuses.opsCents,
      teamScore:
        months.length === 0 ? null : (100 * months.reduce((s, r) => s + r.scores.total, 0)) / months.length,
    };
  });
}

function accuracy(error: number, base: number): number {
  if (base <= 0) return error <= 0 ? 1 : 0;
  return 1 - Math.min(1, error / base);
}
