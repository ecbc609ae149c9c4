/** The end-of-game debrief data: chart series, their text table, and each player's figures per role (no DOM). */
import type { GameState, MonthReport } from '../../engine/types';
import { holderOf, seatNames } from '../../store/seats';
import type { GameMeta } from '../../store/types';
import { formatCount, formatMoney, formatPercent } from '../forms/format';
import type { TextTable } from './briefing-model';

/** One line of a chart: label, values per month, colour and dash pattern (so colour is never the only cue). */
export interface Series {
  label: string;
  values: number[];
  colour: string;
  dash: number[];
}

/** A product's month-by-month chart. */
export interface ProductChart {
  productId: string;
  title: string;
  labels: string[];
  series: Series[];
  table: TextTable;
}

/** Okabe–Ito colours (colour-blind safe) and a classic alternative, for demand, forecast, production, inventory. */
export const CHART_COLOURS = {
  safe: ['#0072B2', '#E69F00', '#009E73', '#CC79A7'],
  classic: ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'],
} as const;

const SERIES_NAMES = ['Demand', 'Forecast', 'Production', 'End inventory'] as const;
const DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3]];

/** The chart of one product over the played months. */
export function productChart(
  history: MonthReport[],
  productId: string,
  productName: string,
  colourSafe: boolean,
): ProductChart {
  const colours = colourSafe ? CHART_COLOURS.safe : CHART_COLOURS.classic;
  const pick = (f: (m: MonthReport) => number) => history.map(f);
  const values = [
    pick((m) => m.products[productId]?.demand ?? 0),
    pick((m) => m.products[productId]?.forecast ?? 0),
    pick((m) => m.products[productId]?.produced ?? 0),
    pick((m) => m.products[productId]?.inventoryOut ?? 0),
  ];
  const labels = history.map((m) => `M${m.month}`);
  return {
    productId,
    title: `${productName}: demand, forecast, production and inventory by month`,
    labels,
    series: SERIES_NAMES.map((label, i) => ({
      label,
      values: values[i],
      colour: colours[i],
      dash: DASHES[i],
    })),
    table: {
      caption: `${productName} by month (units)`,
      columns: ['Month', ...SERIES_NAMES],
      rows: history.map((m, row) => [`Month ${m.month}`, ...values.map((v) => formatCount(v[row]))]),
    },
  };
}

/** One player's figures in one role. */
export interface RoleFigures {
  months: number;
  /** Sales: mean forecast accuracy; Operations: mean plan attainment (0–1), or null without months. */
  quality: number | null;
  bonusCents: number;
  /** Mean monthly team score in the months the player held the role (0–1). */
  teamScore: number | null;
}

/** A player's line in the debrief. */
export interface PlayerFigures {
  name: string;
  sales: RoleFigures;
  ops: RoleFigures;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Each seat's figures as Sales (forecast accuracy) and as Operations (plan attainment). */
export function playerFigures(game: GameState, meta: GameMeta): PlayerFigures[] {
  return seatNames(meta).map((name, seat) => {
    const held = (role: 'sales' | 'ops') =>
      game.history.filter((m) => holderOf(meta, game.settings, m.month, role).seat === seat);
    const figures = (role: 'sales' | 'ops'): RoleFigures => {
      const months = held(role);
      return {
        months: months.length,
        quality: mean(
          months.map((m) => (role === 'sales' ? m.scores.forecastAccuracy : m.scores.planAttainment)),
        ),
        bonusCents: months.reduce(
          (sum, m) => sum + (role === 'sales' ? m.bonuses.salesCents : m.bonuses.opsCents),
          0,
        ),
        teamScore: mean(months.map((m) => m.scores.total)),
      };
    };
    return { name, sales: figures('sales'), ops: figures('ops') };
  });
}

/** The players' figures as a table. */
export function playerTable(players: PlayerFigures[]): TextTable {
  const cell = (value: number | null) => (value === null ? '—' : formatPercent(value));
  return {
    caption: 'Forecast accuracy as Sales and plan attainment as Operations, with the bonus each earned',
    columns: [
      'Player',
      'Months as Sales',
      'Forecast accuracy',
      'Sales bonus',
      'Months as Operations',
      'Plan attainment',
      'Operations bonus',
    ],
    rows: players.map((p) => [
      p.name,
      String(p.sales.months),
      cell(p.sales.quality),
      formatMoney(p.sales.bonusCents),
      String(p.ops.months),
      cell(p.ops.quality),
      formatMoney(p.ops.bonusCents),
    ]),
  };
}
