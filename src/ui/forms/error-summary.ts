/** The role="alert" list of problems at the top of a form; each entry moves focus to its field. */
import { el, listen } from './dom';
import type { NumberField } from './number-field';
import type { FieldError } from './validate';

/** A mounted error summary. */
export interface ErrorSummary {
  element: HTMLElement;
  /** Marks every field (errors shown, others cleared) and lists the errors; returns true when there were any. */
  show(errors: FieldError[], fields: NumberField[]): boolean;
  clear(fields: NumberField[]): void;
  destroy(): void;
}

/** Builds an (initially empty) summary; it is announced when filled and takes focus on a refused submit. */
export function createErrorSummary(): ErrorSummary {
  const cleanups: (() => void)[] = [];
  const element = el('div', { className: 'sopf-summary', attrs: { role: 'alert', tabindex: '-1' } });
  element.hidden = true;
  const clearList = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    element.replaceChildren();
    element.hidden = true;
  };
  return {
    element,
    show(errors, fields) {
      clearList();
      const byPath = new Map(errors.map((e) => [e.field, e.message]));
      for (const field of fields) field.setError(byPath.get(field.path) ?? null);
      if (errors.length === 0) return false;
      const list = el('ul', { className: 'sopf-summary-list' });
      for (const error of errors) {
        const field = fields.find((f) => f.path === error.field);
        const link = el('a', {
          text: `${field?.name ?? error.field}: ${error.message}`,
          attrs: { href: `#${field?.input.id ?? ''}` },
        });
        listen(
          link,
          'click',
          (event) => {
            event.preventDefault();
            field?.input.focus();
          },
          cleanups,
        );
        list.append(el('li', {}, [link]));
      }
      const count = errors.length === 1 ? 'One number needs fixing' : `${errors.length} numbers need fixing`;
      element.append(
        el('h2', { className: 'sopf-summary-title', text: `${count} before you can submit:` }),
        list,
      );
      element.hidden = false;
      return true;
    },
    clear(fields) {
      for (const field of fields) field.setError(null);
      clearList();
    },
    destroy: clearList,
  };
}
