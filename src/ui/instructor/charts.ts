/** Line charts for the debrief and the team comparison (the project's canvas chart), each with a table as its
 * text alternative. Colours: the Okabe–Ito palette, safe for colour-blind viewers; line dashes and point shapes
 * tell lines apart without colour, and keep coinciding lines visible. */
import { SERIES_COLOURS } from '../../engine/words/palette';
import { CanvasChart, type PointShape } from '../canvas-chart';
import { el } from './el';

const DASHES: number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4]];
const POINTS: PointShape[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'];

/** One line: its name and one value per month (null where it has none). */
export interface Series {
  label: string;
  values: (number | null)[];
}

/** A chart of series over months, and its text alternative. */
export interface ChartSpec {
  title: string;
  yTitle: string;
  months: number[];
  series: Series[];
  /** Draws the first series thicker (a total among its parts). */
  emphasiseFirst?: boolean;
  /** How a value reads in the table and tooltips. */
  format: (value: number) => string;
}

/** A figure: the chart (an image to assistive technology, described by its title) and a collapsible table. */
export function chartFigure(spec: ChartSpec): { element: HTMLElement; destroy: () => void } {
  const canvas = el('canvas', {
    attrs: { role: 'img', 'aria-label': `${spec.title}: line chart; the same data follows as a table.` },
  });
  const wrap = el('div', { className: 'ins-chart' }, [canvas]);
  const table = dataTable(spec);
  const figure = el('figure', { className: 'ins-figure' }, [
    el('figcaption', { text: spec.title }),
    wrap,
    el('details', { className: 'ins-details' }, [
      el('summary', { text: `${spec.title}: show the figures as a table` }),
      table,
    ]),
  ]);
  const series = spec.series.map((s, i) => ({
    label: s.label,
    data: s.values,
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
    // Every other line dashed, so lines that coincide stay visible; shapes differ too.
    dash: DASHES[i % DASHES.length],
    point: POINTS[i % POINTS.length],
    pointRadius: 4,
    width: i === 0 && spec.emphasiseFirst ? 5 : 3,
    spanGaps: true,
  }));
  const chart = new CanvasChart(canvas, {
    kind: 'line',
    labels: spec.months.map((m) => `M${m}`),
    // Later (dashed) lines on top, so a line hidden under an identical one still shows through the gaps.
    series,
    xTitle: 'Month',
    yTitle: spec.yTitle,
    font: { ticks: 15, legend: 16, axisTitle: 15 },
    format: spec.format,
  });
  return { element: figure, destroy: () => chart.destroy() };
}

/** The chart's data as a table: a row per series, a column per month. */
function dataTable(spec: ChartSpec): HTMLTableElement {
  return el('table', { className: 'ins-table ins-table-compact' }, [
    el('caption', { text: spec.title }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: spec.series.length > 1 ? 'Series' : '', attrs: { scope: 'col' } }),
        ...spec.months.map((m) => el('th', { text: `Month ${m}`, attrs: { scope: 'col' } })),
      ]),
    ]),
    el(
      'tbody',
      {},
      spec.series.map((s) =>
        el('tr', {}, [
          el('th', { text: s.label, attrs: { scope: 'row' } }),
          ...spec.months.map((_, i) => {
            const v = s.values[i];
            return el('td', { text: v === null || v === undefined ? '–' : spec.format(v) });
          }),
        ]),
      ),
    ),
  ]);
}
