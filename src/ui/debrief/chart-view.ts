/** Draws a ChartSpec with chart.js: dashes, point styles and projector-sized fonts; a white background so PNGs read well. */
import type { ChartConfiguration, Chart as ChartType, Plugin } from 'chart.js';
import type { ChartSpec, DatasetSpec } from './chart-specs';
import { CHART_FONT } from './palette';

/** The chart.js module, loaded on demand (its own chunk). */
export type ChartModule = typeof import('./chart-module');

/** Paints the canvas white before each draw, so an exported PNG is not transparent. */
const whiteBackground: Plugin = {
  id: 'debriefWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

let hatch: CanvasPattern | null = null;

/** A diagonal vermillion hatch (a cue that does not depend on colour alone). */
function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  if (hatch) return hatch;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const t = tile.getContext('2d');
  if (!t) return 'rgba(213, 94, 0, 0.12)';
  t.fillStyle = 'rgba(213, 94, 0, 0.05)';
  t.fillRect(0, 0, 10, 10);
  t.strokeStyle = 'rgba(213, 94, 0, 0.3)';
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(0, 10);
  t.lineTo(10, 0);
  t.stroke();
  hatch = ctx.createPattern(tile, 'repeat');
  return hatch ?? 'rgba(213, 94, 0, 0.12)';
}

/** Shades and hatches the columns of the listed label indexes (shock months). */
function bandsPlugin(bands: number[]): Plugin {
  return {
    id: 'debriefBands',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      const count = chart.data.labels?.length ?? 0;
      if (!x || count === 0) return;
      const step = count > 1 ? x.getPixelForValue(1) - x.getPixelForValue(0) : area.width;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = hatchPattern(ctx);
      for (const i of bands) {
        const centre = x.getPixelForValue(i);
        const left = Math.max(area.left, centre - step / 2);
        const right = Math.min(area.right, centre + step / 2);
        ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
      }
      ctx.restore();
    },
  };
}

function dataset(spec: ChartSpec, d: DatasetSpec) {
  if (spec.kind === 'bar') {
    return {
      label: d.label,
      data: d.data,
      backgroundColor: d.hollow ? '#ffffff' : d.colour,
      borderColor: d.colour,
      borderWidth: d.width,
      pointStyle: d.point,
    };
  }
  return {
    label: d.label,
    data: d.data,
    borderColor: d.colour,
    backgroundColor: d.colour,
    borderDash: d.dash,
    borderWidth: d.width,
    pointStyle: d.point,
    pointRadius: d.markersOnly ? 10 : 5,
    pointHoverRadius: d.markersOnly ? 12 : 7,
    pointBorderWidth: d.markersOnly ? 3 : 1,
    showLine: !d.markersOnly,
    spanGaps: false,
    tension: 0,
    yAxisID: d.rightAxis ? 'y2' : 'y',
  };
}

/** The chart.js configuration of a spec. */
function chartConfig(spec: ChartSpec): ChartConfiguration {
  const font = (size: number, weight?: 'bold') => ({ size, ...(weight ? { weight } : {}) });
  const ticks = { font: font(CHART_FONT.ticks), color: '#1d2430' };
  const scales: Record<string, object> = {
    x: { ticks, grid: { color: '#e3e8ee' } },
    y: {
      beginAtZero: true,
      ...(spec.yMax !== undefined ? { max: spec.yMax } : {}),
      ticks,
      grid: { color: '#e3e8ee' },
      title: { display: true, text: spec.yTitle, font: font(CHART_FONT.axisTitle, 'bold'), color: '#1d2430' },
    },
  };
  if (spec.rightTitle)
    scales.y2 = {
      position: 'right',
      beginAtZero: true,
      ...(spec.rightMax !== undefined ? { max: spec.rightMax } : {}),
      ticks,
      grid: { drawOnChartArea: false },
      title: {
        display: true,
        text: spec.rightTitle,
        font: font(CHART_FONT.axisTitle, 'bold'),
        color: '#1d2430',
      },
    };
  return {
    type: spec.kind,
    data: { labels: spec.labels, datasets: spec.datasets.map((d) => dataset(spec, d)) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales,
      plugins: {
        legend: {
          position: 'bottom',
          labels: { font: font(CHART_FONT.legend), usePointStyle: true, padding: 16, color: '#1d2430' },
        },
        tooltip: { titleFont: font(15, 'bold'), bodyFont: font(14) },
      },
    },
    plugins: spec.bands?.length ? [whiteBackground, bandsPlugin(spec.bands)] : [whiteBackground],
  } as ChartConfiguration;
}

/** Draws a spec on a canvas. */
export function drawChart(module: ChartModule, canvas: HTMLCanvasElement, spec: ChartSpec): ChartType {
  return new module.Chart(canvas, chartConfig(spec));
}
