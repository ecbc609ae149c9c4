/** A labelled whole-number input as a lit-html template: its value, error and warning come from the model. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

/** How a number field is drawn. The accessible name is `hiddenLabel + label` ("Kettles forecast, " + "month 3"). */
export interface NumberFieldProps {
  id: string;
  /** The field's path in the plan, as validation reports it ("forecast.kettle[0]"). */
  path: string;
  label: string;
  /** Read by screen readers only, before the visible label. */
  hiddenLabel?: string;
  /** Keeps the label for screen readers only (a heading beside shows it on screen). */
  labelHidden?: boolean;
  value: string;
  readOnly?: boolean;
  /** A short unit shown after the input ("units", "h"). */
  suffix?: string;
  error?: string | null;
  warning?: string | null;
  /** Called with the text on every keystroke. */
  onText(text: string): void;
}

/** The field's full accessible name, as the error summary lists it. */
export function fieldName(props: Pick<NumberFieldProps, 'hiddenLabel' | 'label'>): string {
  return `${props.hiddenLabel ?? ''}${props.label}`;
}

/** Draws one number field. */
export function numberField(p: NumberFieldProps): TemplateResult {
  const described = [p.error ? `${p.id}-error` : '', p.warning ? `${p.id}-warning` : '']
    .filter(Boolean)
    .join(' ');
  const classes = ['sopf-field', p.error ? 'sopf-field--invalid' : '', p.warning ? 'sopf-field--warned' : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class=${classes}>
    <label class=${p.labelHidden ? 'sopf-sr' : 'sopf-label'} for=${p.id}
      >${p.hiddenLabel ? html`<span class="sopf-sr">${p.hiddenLabel}</span>` : nothing}${p.label}</label
    >
    <div class="sopf-control">
      <input
        class="sopf-input"
        id=${p.id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        data-path=${p.path}
        .value=${live(p.value)}
        ?readonly=${p.readOnly === true}
        aria-invalid=${p.error ? 'true' : nothing}
        aria-describedby=${described || nothing}
        @input=${(event: Event) => p.onText((event.target as HTMLInputElement).value)}
      />${p.suffix ? html`<span class="sopf-suffix" aria-hidden="true">${p.suffix}</span>` : nothing}
    </div>
    <p class="sopf-error" id=${`${p.id}-error`} ?hidden=${!p.error}>${p.error ?? ''}</p>
    <p class="sopf-warning" id=${`${p.id}-warning`} ?hidden=${!p.warning}>${p.warning ?? ''}</p>
  </div>`;
}

/** A string safe inside an id attribute ("e-bike" stays, "a b" becomes "a_b"). */
export function idPart(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]/g, '_');
}
