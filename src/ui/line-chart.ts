/** A month-by-month line chart with chart.js (loaded on demand), with its data as a table beside it. */
import { h, textTable } from './dom';
import type { ProductChart } from './present/end-model';

/** A chart card: the canvas (described for screen readers) and a "Show as a table" alternative. */
export function createLineChart(chart: ProductChart): {
  element: HTMLElement;
  mounted(): void;
  destroy(): void;
} {
  const canvas = h('canvas', {
    attrs: { role: 'img', 'aria-label': `${chart.title}. The same figures are in the table below.` },
  });
  let instance: { destroy(): void } | null = null;
  let destroyed = false;
  const element = h('figure', { className: 'chart-card' }, [
    h('figcaption', { text: chart.title }),
    h('div', { className: 'chart-box' }, [canvas]),
    h('details', {}, [h('summary', { text: 'Show as a table' }), textTable(chart.table)]),
  ]);
  return {
    element,
    mounted() {
      void import('./chart-setup').then(({ Chart }) => {
        if (destroyed) return;
        instance = new Chart(canvas, {
          type: 'line',
          data: {
            labels: chart.labels,
            datasets: chart.series.map((s) => ({
              label: s.label,
              data: s.values,
              borderColor: s.colour,
              backgroundColor: s.colour,
              borderDash: s.dash,
              borderWidth: 3,
              pointRadius: 3,
              tension: 0,
            })),
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { beginAtZero: true, title: { display: true, text: 'Units' } } },
            plugins: { legend: { position: 'bottom', labels: { font: { size: 14 } } } },
          },
        });
      });
    },
    destroy() {
      destroyed = true;
      instance?.destroy();
    },
  };
}
