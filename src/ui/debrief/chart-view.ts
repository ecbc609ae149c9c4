/** Draws a ChartSpec with the project's canvas chart: dashes, point styles and projector-sized fonts; a white
 * background so PNGs read well. */
import type { CanvasChart, ChartOptions } from '../canvas-chart';
import type { ChartSpec } from './chart-specs';
import { CHART_FONT } from './palette';

/** The chart module, loaded on demand (its own chunk). */
export type ChartModule = typeof import('./chart-module');

/** The canvas chart's options for a spec. */
export function chartOptions(spec: ChartSpec): ChartOptions {
  return {
    kind: spec.kind,
    labels: spec.labels,
    series: spec.datasets.map((d) => ({
      label: d.label,
      data: d.data,
      colour: d.colour,
      dash: d.dash,
      point: d.point,
      width: d.width,
      pointRadius: d.markersOnly ? 10 : 5,
      ...(d.rightAxis ? { rightAxis: true } : {}),
      ...(d.markersOnly ? { markersOnly: true } : {}),
      ...(d.hollow ? { hollow: true } : {}),
    })),
    yTitle: spec.yTitle,
    ...(spec.yMax !== undefined ? { yMax: spec.yMax } : {}),
    ...(spec.rightTitle ? { rightTitle: spec.rightTitle } : {}),
    ...(spec.rightMax !== undefined ? { rightMax: spec.rightMax } : {}),
    ...(spec.bands?.length ? { bands: spec.bands } : {}),
    font: CHART_FONT,
  };
}

/** Draws a spec on a canvas. */
export function drawChart(module: ChartModule, canvas: HTMLCanvasElement, spec: ChartSpec): CanvasChart {
  return new module.CanvasChart(canvas, chartOptions(spec));
}
