/** The role="alert" list of problems at the top of a plan form; each entry moves focus to its field. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { FieldError } from '../forms/validate';

/** Where a field is and what it is called, by its path in the plan. */
export type FieldRefs = Map<string, { id: string; name: string }>;

/** Draws the summary (hidden while there are no errors); the form focuses it on a refused submit. */
export function errorSummary(errors: FieldError[], refs: FieldRefs): TemplateResult {
  const count = errors.length === 1 ? 'One number needs fixing' : `${errors.length} numbers need fixing`;
  return html`<div class="sopf-summary" role="alert" tabindex="-1" ?hidden=${errors.length === 0}>
    ${
      errors.length === 0
        ? nothing
        : html`<h2 class="sopf-summary-title">${count} before you can submit:</h2>
          <ul class="sopf-summary-list">
            ${errors.map((error) => {
              const ref = refs.get(error.field);
              return html`<li>
                <a
                  href=${`#${ref?.id ?? ''}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    if (ref) document.getElementById(ref.id)?.focus();
                  }}
                  >${ref?.name ?? error.field}: ${error.message}</a
                >
              </li>`;
            })}
          </ul>`
    }
  </div>`;
}

/** Moves focus to the summary inside `form` (after a refused submit has been drawn). */
export function focusSummary(form: Element | null): void {
  form?.querySelector<HTMLElement>('.sopf-summary')?.focus();
}
