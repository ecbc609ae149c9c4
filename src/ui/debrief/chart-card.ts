/** A chart card: heading and description (figcaption), the canvas, its numbers as a table, a PNG button. */
import type { CanvasChart } from '../canvas-chart';
import { button, h, textTable } from '../dom';
import { downloadUrl } from '../download';
import type { ChartSpec } from './chart-specs';
import { type ChartModule, drawChart } from './chart-view';

/** A chart card before and after its chart is drawn. */
export interface ChartCard {
  spec: ChartSpec;
  element: HTMLElement;
  /** Draws the chart (the renderer loaded). */
  draw(module: ChartModule): void;
  chart(): CanvasChart | null;
  destroy(): void;
}

/** Builds a card for `spec`; `fileBase` names its PNG ("sop-debrief-team"); `withTable` false when the table is shown beside it. */
export function createChartCard(spec: ChartSpec, fileBase: string, withTable = true): ChartCard {
  const headingId = `debrief-chart-${spec.id}`;
  const canvas = h('canvas', { attrs: { role: 'img', 'aria-label': `${spec.title}. ${spec.description}` } });
  let chart: CanvasChart | null = null;
  const png = button(
    'Download PNG',
    () => {
      if (chart) downloadUrl(`${fileBase}-${spec.id}.png`, chart.toBase64Image());
    },
    'btn btn-quiet debrief-png no-print',
    { 'aria-label': `Download PNG of ${spec.title}`, disabled: '' },
  );
  const element = h(
    'figure',
    { className: 'debrief-chart', attrs: { 'data-chart': spec.id, 'aria-labelledby': headingId } },
    [
      h('figcaption', {}, [
        h('h3', { text: spec.title, attrs: { id: headingId } }),
        h('p', { className: 'debrief-chart-text', text: spec.description }),
      ]),
      h('div', { className: 'debrief-chart-box' }, [canvas]),
      h('div', { className: 'debrief-chart-tools' }, [
        withTable
          ? h('details', {}, [h('summary', { text: 'Show the numbers as a table' }), textTable(spec.table)])
          : h('p', { className: 'debrief-chart-text', text: 'The same figures are in the table above.' }),
        png,
      ]),
    ],
  );
  return {
    spec,
    element,
    draw(module) {
      if (chart) return;
      chart = drawChart(module, canvas, spec);
      png.removeAttribute('disabled');
    },
    chart: () => chart,
    destroy() {
      chart?.destroy();
      chart = null;
    },
  };
}
