/** An accessible tab strip as a template: role=tablist, arrow keys, Home and End move between tabs (WAI-ARIA
 * pattern). The chosen tab comes from the caller's state; choosing one calls `select`. */
import { html, type TemplateResult } from 'lit-html';

/** One tab: its id (the panel is `panel-<id>`) and its label. */
export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

/** The strip; `select(id, true)` when the keyboard moved (the new tab should take the focus). */
export function tabsView<T extends string>(
  specs: readonly TabSpec<T>[],
  current: T,
  select: (id: T, focus: boolean) => void,
): TemplateResult {
  const keydown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: specs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(specs[(moves[event.key] + specs.length) % specs.length].id, true);
  };
  return html`<div class="ins-tabs" role="tablist" aria-label="Instructor tools">
    ${specs.map(
      (spec, index) => html`<button type="button" class="ins-tab" role="tab" id=${`tab-${spec.id}`}
        aria-controls=${`panel-${spec.id}`} aria-selected=${String(spec.id === current)}
        tabindex=${spec.id === current ? 0 : -1}
        @click=${() => select(spec.id, false)} @keydown=${(e: KeyboardEvent) => keydown(e, index)}>${spec.label}</button>`,
    )}
  </div>`;
}
