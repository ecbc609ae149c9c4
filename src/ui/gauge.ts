/** A score gauge: a half-dial in SVG with the number as text, an icon for its tone (colour is never the only cue). */
import { h } from './dom';
import type { GaugeModel } from './present/report-model';

const NS = 'http://www.w3.org/2000/svg';
const TONE_ICON: Record<GaugeModel['tone'], string> = { ok: '✓', warn: '!', danger: '✕' };
const TONE_WORD: Record<GaugeModel['tone'], string> = { ok: 'good', warn: 'fair', danger: 'poor' };

/** The half-dial's arc for a 0–1 value, as SVG path data (radius 40, centred at 50,50). */
export function arcPath(value: number): string {
  const v = Math.max(0, Math.min(1, value));
  const angle = Math.PI * (1 - v);
  const x = 50 + 40 * Math.cos(angle);
  const y = 50 - 40 * Math.sin(angle);
  return `M10 50 A40 40 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`;
}

function svgEl(tag: string, attrs: Record<string, string>): SVGElement {
  const element = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  return element;
}

/** Builds one gauge card. */
export function createGauge(model: GaugeModel): HTMLElement {
  const svg = svgEl('svg', {
    viewBox: '0 0 100 58',
    width: '160',
    height: '93',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(
    svgEl('path', {
      d: arcPath(1),
      class: 'gauge-track',
      fill: 'none',
      'stroke-width': '10',
      'stroke-linecap': 'round',
    }),
    svgEl('path', {
      d: arcPath(model.value),
      class: `gauge-fill tone-${model.tone}`,
      fill: 'none',
      'stroke-width': '10',
      'stroke-linecap': 'round',
    }),
  );
  return h('figure', { className: `gauge tone-${model.tone}`, attrs: { 'data-score': model.id } }, [
    h('figcaption', {}, [
      h('h3', { text: model.label }),
      h('p', { className: 'gauge-question', text: model.question }),
    ]),
    svg,
    h(
      'p',
      {
        className: 'gauge-value',
        attrs: { 'aria-label': `${model.label}: ${model.valueText}, ${TONE_WORD[model.tone]}` },
      },
      [
        h('span', { className: 'tone-icon', text: TONE_ICON[model.tone], attrs: { 'aria-hidden': 'true' } }),
        ` ${model.valueText}`,
      ],
    ),
    h(
      'ul',
      { className: 'gauge-parts' },
      model.parts.map((p) => h('li', { text: p })),
    ),
  ]);
}
