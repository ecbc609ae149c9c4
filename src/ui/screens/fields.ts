/** Labelled form fields with an inline error next to each (aria-invalid + aria-describedby). */
import { h } from '../dom';

/** Anything that can show a reason next to itself and take focus. */
export interface ErrorTarget {
  input: HTMLElement;
  setError(message: string | null): void;
}

/** A text field with its label, hint and error line. */
export interface Field extends ErrorTarget {
  element: HTMLElement;
  input: HTMLInputElement;
  setLabel(text: string): void;
}

/** Options of a text field. */
export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  hint?: string;
  attrs?: Record<string, string>;
  onInput(value: string): void;
}

/** A labelled text input; its error shows under it and is announced with the field. */
export function createField(options: FieldOptions): Field {
  const errorId = `${options.id}-error`;
  const hintId = `${options.id}-hint`;
  const label = h('label', { text: options.label, attrs: { for: options.id } });
  const input = h('input', { attrs: { id: options.id, type: 'text', ...(options.attrs ?? {}) } });
  input.value = options.value;
  const error = h('p', { className: 'field-error', attrs: { id: errorId } });
  error.hidden = true;
  const hint = options.hint
    ? h('p', { className: 'field-hint', text: options.hint, attrs: { id: hintId } })
    : null;
  const describedBy = () => [hint ? hintId : null, error.hidden ? null : errorId].filter(Boolean).join(' ');
  const sync = () => {
    const ids = describedBy();
    if (ids) input.setAttribute('aria-describedby', ids);
    else input.removeAttribute('aria-describedby');
  };
  sync();
  input.addEventListener('input', () => {
    options.onInput(input.value);
    if (!error.hidden) setError(null);
  });
  function setError(message: string | null): void {
    error.textContent = message ?? '';
    error.hidden = message === null;
    if (message === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    sync();
  }
  return {
    element: h('div', { className: 'field' }, [label, hint, input, error]),
    input,
    setError,
    setLabel: (text) => {
      label.textContent = text;
    },
  };
}

/** One choice of a radio group. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A radio group in a fieldset; arrow keys move between choices (native behaviour). */
export function radioGroup(
  legend: string,
  name: string,
  choices: Choice[],
  selected: string,
  onChange: (value: string) => void,
): { element: HTMLFieldSetElement } & ErrorTarget {
  const errorId = `${name}-error`;
  const error = h('p', { className: 'field-error', attrs: { id: errorId } });
  error.hidden = true;
  const inputs: HTMLInputElement[] = [];
  const options = choices.map((choice, i) => {
    const id = `${name}-${i}`;
    const input = h('input', { attrs: { type: 'radio', name, id, value: choice.value } });
    input.checked = choice.value === selected;
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.value);
    });
    inputs.push(input);
    const hintId = `${id}-hint`;
    if (choice.hint) input.setAttribute('aria-describedby', hintId);
    return h('div', { className: 'choice' }, [
      input,
      h('label', { attrs: { for: id } }, [
        h('span', { className: 'choice-label', text: choice.label }),
        choice.hint
          ? h('span', { className: 'choice-hint', text: choice.hint, attrs: { id: hintId } })
          : null,
      ]),
    ]);
  });
  const element = h('fieldset', { className: `radio-group radio-${name}` }, [
    h('legend', { text: legend }),
    ...options,
    error,
  ]);
  return {
    element,
    input: inputs.find((i) => i.checked) ?? inputs[0],
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
    },
  };
}
