/** Small DOM builders for the instructor's page: text only through textContent, never HTML. */
import { type Child, h as el } from '../dom';

/** The instructor page's name for the shared element builder (src/ui/dom.ts). */
export { el };

/** Appends children, skipping empty ones; strings become text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A button that is always type="button". */
export function button(
  text: string,
  onClick: () => void,
  className = 'ins-btn',
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  return el('button', {
    className,
    text,
    attrs: { type: 'button', ...attrs },
    on: { click: () => onClick() },
  });
}

let nextId = 0;
/** A fresh id for label/field/error links. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled field with an error line under it, linked by aria-describedby; returns the pieces. */
export interface Field<T extends HTMLElement> {
  element: HTMLElement;
  control: T;
  /** Shows a problem next to the field (or clears it with null). */
  setError(message: string | null): void;
}

/** Wraps a control with its label, an optional hint and an error line. */
export function field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  label: string,
  control: T,
  hint?: string,
  className = 'ins-field',
): Field<T> {
  const id = control.id || uid('f');
  control.id = id;
  const hintEl = hint ? el('span', { className: 'ins-hint', text: hint, attrs: { id: `${id}-hint` } }) : null;
  const error = el('span', { className: 'ins-error', attrs: { id: `${id}-error` } });
  error.hidden = true;
  const describedBy = () =>
    [hintEl ? `${id}-hint` : '', error.hidden ? '' : `${id}-error`].filter(Boolean).join(' ');
  const setDescribed = () => {
    const ids = describedBy();
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
  };
  setDescribed();
  const element = el('div', { className }, [
    el('label', { text: label, attrs: { for: id } }),
    control,
    hintEl,
    error,
  ]);
  return {
    element,
    control,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
      if (message === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
      setDescribed();
    },
  };
}

/** A text or number input. */
export function input(attrs: Record<string, string | undefined> = {}): HTMLInputElement {
  return el('input', { attrs: { type: 'text', ...attrs } });
}

/** A select with options [value, label]. */
export function select(options: readonly (readonly [string, string])[], value?: string): HTMLSelectElement {
  const control = el(
    'select',
    {},
    options.map(([v, label]) => el('option', { text: label, attrs: { value: v } })),
  );
  if (value !== undefined) control.value = value;
  return control;
}

/** Removes every child. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Attributes of a box that scrolls sideways on narrow screens: keyboard users can focus and scroll it. */
export const SCROLL_REGION: Record<string, string> = {
  tabindex: '0',
  role: 'region',
  'aria-label': 'Table (scrolls sideways on narrow screens)',
};
