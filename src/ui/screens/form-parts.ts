/** Labelled form parts as lit-html templates: a text field and a radio group, each with its hint and its error
 * next to it (aria-invalid, aria-describedby). The values come from the caller's state; input calls back. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

/** How a text field is drawn. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  error?: string;
  maxLength?: number;
  inputMode?: 'numeric';
  onText(text: string): void;
}

/** A labelled text input; its error shows under it and is announced with the field. */
export function textField(p: TextFieldProps): TemplateResult {
  const hintId = `${p.id}-hint`;
  const errorId = `${p.id}-error`;
  const described = [p.hint ? hintId : '', p.error ? errorId : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${p.id}>${p.label}</label>
    ${p.hint ? html`<p class="field-hint" id=${hintId}>${p.hint}</p>` : nothing}
    <input
      id=${p.id}
      type="text"
      autocomplete="off"
      spellcheck="false"
      maxlength=${p.maxLength ?? nothing}
      inputmode=${p.inputMode ?? nothing}
      .value=${live(p.value)}
      aria-invalid=${p.error ? 'true' : nothing}
      aria-describedby=${described || nothing}
      @input=${(event: Event) => p.onText((event.target as HTMLInputElement).value)}
    />
    <p class="field-error" id=${errorId} ?hidden=${!p.error}>${p.error ?? ''}</p>
  </div>`;
}

/** One choice of a radio group. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** How a radio group is drawn. */
export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  selected: T;
  error?: string;
  onChoose(value: T): void;
}

/** A radio group in a fieldset; arrow keys move between choices (native behaviour). */
export function radioGroup<T extends string>(p: RadioGroupProps<T>): TemplateResult {
  return html`<fieldset class=${`radio-group radio-${p.name}`}>
    <legend>${p.legend}</legend>
    ${p.choices.map((choice) => {
      const id = `${p.name}-${choice.value}`;
      const hintId = `${id}-hint`;
      return html`<div class="choice">
        <input
          type="radio"
          name=${p.name}
          id=${id}
          value=${choice.value}
          .checked=${live(choice.value === p.selected)}
          aria-describedby=${choice.hint ? hintId : nothing}
          @change=${(event: Event) => {
            if ((event.target as HTMLInputElement).checked) p.onChoose(choice.value);
          }}
        />
        <label for=${id}>
          <span class="choice-label">${choice.label}</span>
          ${choice.hint ? html`<span class="choice-hint" id=${hintId}>${choice.hint}</span>` : nothing}
        </label>
      </div>`;
    })}
    <p class="field-error" id=${`${p.name}-error`} ?hidden=${!p.error}>${p.error ?? ''}</p>
  </fieldset>`;
}

/** A choice the session fixes, shown as text instead of a control: "Mode — Set by the session: Pair (hot seat)". */
export function fixedChoice(legend: string, value: string): TemplateResult {
  return html`<div class="fixed-choice">
    <p class="fixed-choice-legend">${legend}</p>
    <p class="fixed-choice-value">Set by the session: ${value}</p>
  </div>`;
}
