/**
 * The debrief's charts as plain data (no DOM, no drawing): each with a heading, a description for
 * screen readers, datasets with colour, dash and point style, and the same numbers as a text table.
 */

import type {
  BullwhipFigures,
  IncentiveSeries,
  PlayerStats,
  ProductSeries,
  ScoreSeries,
} from '../../engine/debrief';
import { formatMoney, formatPoints } from '../../engine/words/formats';
import { OKABE_ITO } from '../../engine/words/palette';
import { csvShare } from '../../engine/words/plain';
import { DASH, type PointShape } from './palette';

/** One line (or bar set) of a chart. */
export interface DatasetSpec {
  label: string;
  data: (number | null)[];
  colour: string;
  dash: number[];
  point: PointShape;
  /** Line width (bars: border width). */
  width: number;
  /** Right-hand axis instead of the left. */
  rightAxis?: boolean;
  /** Points only, no line (markers). */
  markersOnly?: boolean;
  /** Bars drawn as outlines only (a second cue besides colour). */
  hollow?: boolean;
}

/** A text table with the chart's numbers. */
export interface TableSpec {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** A chart, ready to be drawn (canvas-chart.ts) or read as a table. */
export interface ChartSpec {
  id: string;
  kind: 'line' | 'bar';
  title: string;
  /** One or two sentences: what the chart shows and its main finding (aria-label and caption). */
  description: string;
  labels: string[];
  datasets: DatasetSpec[];
  yTitle: string;
  yMax?: number;
  rightTitle?: string;
  rightMax?: number;
  /** Indexes of labels to shade and hatch (shock months). */
  bands?: number[];
  table: TableSpec;
}

const monthLabels = (months: number[]) => months.map((m) => `M${m}`);
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const line = (
  label: string,
  data: (number | null)[],
  colour: string,
  dash: number[],
  point: PointShape,
  width = 3,
): DatasetSpec => ({
  label,
  data,
  colour,
  dash,
  point,
  width,
});

function startedList(s: ScoreSeries): string {
  const started = s.markers.filter((m) => m.started.length > 0);
  return started.length
    ? `; shocks began in ${started.map((m) => `month ${m.month} (${m.started.join(', ')})`).join(', ')}`
    : '';
}

/** The three scores and the total by month, with shock months marked. */
export function scoresChart(s: ScoreSeries): ChartSpec {
  const shockAt = new Map(s.markers.map((m) => [m.month, m]));
  const worst = s.total.reduce((w, v, i) => (v < s.total[w] ? i : w), 0);
  return {
    id: 'scores',
    kind: 'line',
    title: 'Scores by month, with shocks',
    description: s.months.length
      ? `Team score and its three parts, 0 to 100, for each month. The lowest month was month ${s.months[worst]} with ${formatPoints(s.total[worst])}. Hatched columns mark months with a shock${startedList(s)}.`
      : 'No months played yet.',
    labels: monthLabels(s.months),
    datasets: [
      line('Team score', s.total, OKABE_ITO.black, DASH.solid, 'circle', 4),
      line('Alignment', s.alignment, OKABE_ITO.blue, DASH.dashed, 'rect'),
      line('Balance', s.balance, OKABE_ITO.orange, DASH.dotted, 'triangle'),
      line('Execution', s.execution, OKABE_ITO.bluishGreen, DASH.dashDot, 'rectRot'),
      {
        ...line(
          'Shock month (hatched)',
          s.months.map(() => null),
          OKABE_ITO.vermillion,
          DASH.solid,
          'rect',
        ),
        markersOnly: true,
      },
    ],
    bands: s.months.flatMap((m, i) => (shockAt.has(m) ? [i] : [])),
    yTitle: 'Points out of 100',
    yMax: 100,
    table: {
      caption: 'Scores by month (points out of 100) and the shocks active',
      columns: ['Month', 'Team score', 'Alignment', 'Balance', 'Execution', 'Shocks'],
      rows: s.months.map((m, i) => [
        `Month ${m}`,
        csvShare(s.total[i] / 100),
        csvShare(s.alignment[i] / 100),
        csvShare(s.balance[i] / 100),
        csvShare(s.execution[i] / 100),
        shockAt.get(m)?.names.join(', ') ?? '—',
      ]),
    },
  };
}

/** One product's demand, consensus forecast, production, inventory and backlog. */
export function productChart(p: ProductSeries): ChartSpec {
  return {
    id: `product-${p.productId}`,
    kind: 'line',
    title: `${p.name}: demand, forecast, production, stock`,
    description: `${p.name} month by month in ${p.unitName}: customer demand, the consensus forecast, production, end inventory and end backlog.`,
    labels: monthLabels(p.months),
    datasets: [
      line('Demand', p.demand, OKABE_ITO.black, DASH.solid, 'circle', 4),
      line('Forecast', p.forecast, OKABE_ITO.blue, DASH.dashed, 'rect'),
      line('Production', p.production, OKABE_ITO.bluishGreen, DASH.dotted, 'triangle'),
      line('Inventory', p.inventory, OKABE_ITO.orange, DASH.dashDot, 'rectRot'),
      line('Backlog', p.backlog, OKABE_ITO.vermillion, DASH.long, 'crossRot'),
    ],
    yTitle: p.unitName,
    table: {
      caption: `${p.name} by month (${p.unitName})`,
      columns: ['Month', 'Demand', 'Forecast', 'Production', 'Inventory', 'Backlog'],
      rows: p.months.map((m, i) => [
        `Month ${m}`,
        count(p.demand[i]),
        count(p.forecast[i]),
        count(p.production[i]),
        count(p.inventory[i]),
        count(p.backlog[i]),
      ]),
    },
  };
}

/** "2.3 ×" or "—". */
function ratioText(ratio: number | null): string {
  return ratio === null ? '—' : `${ratio.toFixed(1)} ×`;
}

/** Material orders against demand, with the bullwhip ratio in the description. */
export function bullwhipChart(b: BullwhipFigures): ChartSpec {
  const finding =
    b.ratio === null
      ? 'Demand did not vary, so there is no ratio.'
      : `Orders varied ${ratioText(b.ratio)} as much as demand (standard deviation ${count(b.ordersDeviation)} against ${count(b.demandDeviation)} units)${b.ratio > 1.5 ? ': a bullwhip.' : '.'}`;
  return {
    id: 'bullwhip',
    kind: 'line',
    title: `Orders against demand (bullwhip ratio ${ratioText(b.ratio)})`,
    description: `Material ordered and customer demand each month, all products. ${finding}`,
    labels: monthLabels(b.months),
    datasets: [
      line('Customer demand', b.demand, OKABE_ITO.black, DASH.solid, 'circle', 4),
      line('Material orders', b.orders, OKABE_ITO.vermillion, DASH.dashed, 'triangle'),
    ],
    yTitle: 'Units',
    table: {
      caption: `Orders and demand by month (units); variability ratio ${ratioText(b.ratio)}`,
      columns: ['Month', 'Customer demand', 'Material orders'],
      rows: [
        ...b.months.map((m, i) => [`Month ${m}`, count(b.demand[i]), count(b.orders[i])]),
        ['Standard deviation', count(b.demandDeviation), count(b.ordersDeviation)],
      ],
    },
  };
}

/** Each role's bonus piling up against the team score (the incentive gap). */
export function incentiveChart(s: IncentiveSeries): ChartSpec {
  const last = s.months.length - 1;
  const gap = s.gapMonths.length
    ? ` In ${s.gapMonths.length === 1 ? 'month' : 'months'} ${s.gapMonths.join(', ')} a bonus rose while the team score fell.`
    : '';
  return {
    id: 'incentives',
    kind: 'line',
    title: 'Bonuses against the team score',
    description:
      last < 0
        ? 'No months played yet.'
        : `Each role's bonus added up month by month (euros, left axis) against the team score (right axis). Sales earned ${formatMoney(s.cumulativeSalesCents[last])}, Operations ${formatMoney(s.cumulativeOpsCents[last])}.${gap}`,
    labels: monthLabels(s.months),
    datasets: [
      line(
        'Sales bonus, total so far (€)',
        s.cumulativeSalesCents.map((c) => c / 100),
        OKABE_ITO.blue,
        DASH.dashed,
        'rect',
      ),
      line(
        'Operations bonus, total so far (€)',
        s.cumulativeOpsCents.map((c) => c / 100),
        OKABE_ITO.orange,
        DASH.dotted,
        'triangle',
      ),
      { ...line('Team score', s.score, OKABE_ITO.black, DASH.solid, 'circle', 4), rightAxis: true },
    ],
    yTitle: 'Bonus (€)',
    rightTitle: 'Team score',
    rightMax: 100,
    table: {
      caption: 'Bonuses (month and total so far) and the team score by month',
      columns: ['Month', 'Sales bonus', 'Sales total', 'Operations bonus', 'Operations total', 'Team score'],
      rows: s.months.map((m, i) => [
        `Month ${m}${s.gapMonths.includes(m) ? ' (gap)' : ''}`,
        formatMoney(s.salesBonusCents[i]),
        formatMoney(s.cumulativeSalesCents[i]),
        formatMoney(s.opsBonusCents[i]),
        formatMoney(s.cumulativeOpsCents[i]),
        csvShare(s.score[i] / 100),
      ]),
    },
  };
}

/** A share as a whole percentage, or a dash. */
function percentOrDash(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** A bias with its sign: +12 % (optimistic), −5 %, or a dash. */
export function biasText(bias: number | null): string {
  if (bias === null) return '—';
  const pct = Math.round(bias * 100);
  return pct > 0 ? `+${pct}\u00a0%` : pct < 0 ? `−${-pct}\u00a0%` : '0\u00a0%';
}

/** Each player's figures in each role as a table (the same as the chart beside it). */
function playersTable(players: PlayerStats[]): TableSpec {
  return {
    caption: 'Each player in each role',
    columns: [
      'Player',
      'Months as Sales',
      'Forecast accuracy',
      'Forecast bias',
      'Sales bonus',
      'Months as Operations',
      'Plan attainment',
      'Unit cost',
      'Operations bonus',
    ],
    rows: players.map((p) => [
      p.name,
      String(p.salesMonths.length),
      percentOrDash(p.forecastAccuracy),
      biasText(p.forecastBias),
      formatMoney(p.salesBonusCents),
      String(p.opsMonths.length),
      percentOrDash(p.planAttainment),
      p.unitCostCents === null ? '—' : `€${(p.unitCostCents / 100).toFixed(2)}`,
      formatMoney(p.opsBonusCents),
    ]),
  };
}

/** Forecast accuracy (as Sales) and plan attainment (as Operations) per player, as bars. */
export function playersChart(players: PlayerStats[]): ChartSpec {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    id: 'players',
    kind: 'bar',
    title: 'Forecast accuracy as Sales, plan attainment as Operations',
    description: `Forecast accuracy in the months each player was Sales (filled bars) and plan attainment in the months as Operations (outlined bars), in percent. ${players
      .map((p) => `${p.name}: ${percentOrDash(p.forecastAccuracy)} and ${percentOrDash(p.planAttainment)}`)
      .join('; ')}.`,
    labels: players.map((p) => p.name),
    datasets: [
      {
        ...line(
          'Forecast accuracy as Sales (%)',
          players.map((p) => pct(p.forecastAccuracy)),
          OKABE_ITO.blue,
          DASH.solid,
          'rect',
          2,
        ),
      },
      {
        ...line(
          'Plan attainment as Operations (%)',
          players.map((p) => pct(p.planAttainment)),
          OKABE_ITO.bluishGreen,
          DASH.solid,
          'rect',
          4,
        ),
        hollow: true,
      },
    ],
    yTitle: 'Percent',
    yMax: 100,
    table: playersTable(players),
  };
}
