/** Line charts for the debrief and the team comparison (chart.js), each with a table as its text alternative.
 * Colours: the Okabe–Ito palette, safe for colour-blind viewers; line dashes and point shapes tell lines apart
 * without colour, and keep coinciding lines visible. */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { SERIES_COLOURS } from '../../engine/words/palette';
import { el } from './el';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const DASHES: number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

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
  const ink = '#1d2430';
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: spec.months.map((m) => `M${m}`),
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        // Every other line dashed, so lines that coincide stay visible; shapes differ too.
        borderDash: DASHES[i % DASHES.length],
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 4,
        borderWidth: i === 0 && spec.emphasiseFirst ? 5 : 3,
        spanGaps: true,
        // Later (dashed) lines on top, so a line hidden under an identical one still shows through the gaps.
        order: -i,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: ink,
            font: { size: 16 },
            usePointStyle: true,
            boxWidth: 40,
            sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label}: ${spec.format(Number(item.raw))}` },
        },
      },
      scales: {
        x: {
          ticks: { color: ink, font: { size: 15 } },
          title: { display: true, text: 'Month', color: ink, font: { size: 15 } },
        },
        y: {
          ticks: { color: ink, font: { size: 15 } },
          title: { display: true, text: spec.yTitle, color: ink, font: { size: 15 } },
        },
      },
    },
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
