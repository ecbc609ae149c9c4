/** A score gauge as a lit-html template: a half-dial in SVG with the number as text and an icon for its tone. */
import { html, svg, type TemplateResult } from 'lit-html';
import type { GaugeModel } from '../present/report-model';

/** The half-dial's arc for a 0–1 value, as SVG path data (radius 40, centred at 50,50). */
function arcPath(value: number): string {
  const v = Math.max(0, Math.min(1, value));
  const angle = Math.PI * (1 - v);
  const x = 50 + 40 * Math.cos(angle);
  const y = 50 - 40 * Math.sin(angle);
  return `M10 50 A40 40 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`;
}

const TONE_ICON: Record<GaugeModel['tone'], string> = { ok: '✓', warn: '!', danger: '✕' };
const TONE_WORD: Record<GaugeModel['tone'], string> = { ok: 'good', warn: 'fair', danger: 'poor' };

/** Draws one gauge card (colour is never the only cue: the icon and the words say the tone). */
export function gaugeView(model: GaugeModel): TemplateResult {
  return html`<figure class=${`gauge tone-${model.tone}`} data-score=${model.id}>
    <figcaption>
      <h3>${model.label}</h3>
      <p class="gauge-question">${model.question}</p>
    </figcaption>
    <svg viewBox="0 0 100 58" width="160" height="93" aria-hidden="true" focusable="false">
      ${svg`<path d=${arcPath(1)} class="gauge-track" fill="none" stroke-width="10" stroke-linecap="round"></path>
        <path d=${arcPath(model.value)} class=${`gauge-fill tone-${model.tone}`} fill="none" stroke-width="10"
          stroke-linecap="round"></path>`}
    </svg>
    <p class="gauge-value" aria-label=${`${model.label}: ${model.valueText}, ${TONE_WORD[model.tone]}`}>
      <span class="tone-icon" aria-hidden="true">${TONE_ICON[model.tone]}</span> ${model.valueText}
    </p>
    <ul class="gauge-parts">
      ${model.parts.map((p) => html`<li>${p}</li>`)}
    </ul>
  </figure>`;
}
