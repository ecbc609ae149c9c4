/** A labelled whole-number input with its own error and warning lines (aria-describedby + aria-invalid). */
import { el, listen, setDescribedBy, srOnly } from './dom';
import { parseWholeNumber } from './validate';

/** How a number field is built. The accessible name is `hiddenLabel + label` ("Kettles forecast, " + "month 3"). */
export interface NumberFieldOptions {
  id: string;
  /** The field's path in the plan, as validation reports it ("forecast.kettle[0]"). */
  path: string;
  label: string;
  /** Read by screen readers only, before the visible label. */
  hiddenLabel?: string;
  value: string;
  max: number;
  readOnly?: boolean;
  /** Keeps the label for screen readers only (a column header shows it on screen). */
  labelHidden?: boolean;
  /** A short unit shown after the input ("units", "h"). */
  suffix?: string;
  /** Called on every keystroke, after the field has checked itself. */
  onInput?: () => void;
}

/** A mounted number field. */
export interface NumberField {
  element: HTMLElement;
  input: HTMLInputElement;
  path: string;
  /** The full accessible name, for the error summary. */
  name: string;
  setError(message: string | null): void;
  setWarning(message: string | null): void;
  destroy(): void;
}

/** Builds a number field. Its error is set by the form on submit and clears itself as soon as the value is valid. */
export function createNumberField(options: NumberFieldOptions): NumberField {
  const cleanups: (() => void)[] = [];
  const input = el('input', {
    className: 'sopf-input',
    attrs: { id: options.id, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false' },
  });
  input.value = options.value;
  input.dataset.path = options.path;
  if (options.readOnly) input.readOnly = true;
  const label = el(
    'label',
    { className: options.labelHidden ? 'sopf-sr' : 'sopf-label', attrs: { for: options.id } },
    [options.hiddenLabel ? srOnly(options.hiddenLabel) : null, document.createTextNode(options.label)],
  );
  const errorLine = el('p', { className: 'sopf-error', attrs: { id: `${options.id}-error` } });
  const warningLine = el('p', { className: 'sopf-warning', attrs: { id: `${options.id}-warning` } });
  errorLine.hidden = true;
  warningLine.hidden = true;
  const control = el('div', { className: 'sopf-control' }, [
    input,
    options.suffix
      ? el('span', { className: 'sopf-suffix', text: options.suffix, attrs: { 'aria-hidden': 'true' } })
      : null,
  ]);
  const element = el('div', { className: 'sopf-field' }, [label, control, errorLine, warningLine]);

  const field: NumberField = {
    element,
    input,
    path: options.path,
    name: `${options.hiddenLabel ?? ''}${options.label}`,
    setError(message) {
      showLine(errorLine, message, input);
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      element.classList.toggle('sopf-field--invalid', Boolean(message));
    },
    setWarning(message) {
      if ((warningLine.textContent || null) === message) return;
      showLine(warningLine, message, input);
      element.classList.toggle('sopf-field--warned', Boolean(message));
    },
    destroy() {
      for (const cleanup of cleanups) cleanup();
    },
  };
  // No check on blur: a message appearing as focus leaves would shift the layout under the pointer
  // (a click on Submit could miss). Errors appear on submit and clear as soon as the value is fixed.
  listen(
    input,
    'input',
    () => {
      if (input.hasAttribute('aria-invalid') && parseWholeNumber(input.value, options.max).ok)
        field.setError(null);
      options.onInput?.();
    },
    cleanups,
  );
  return field;
}

function showLine(line: HTMLElement, message: string | null, input: HTMLInputElement): void {
  line.textContent = message ?? '';
  line.hidden = !message;
  setDescribedBy(input, line.id, Boolean(message));
}
