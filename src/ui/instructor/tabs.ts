/** An accessible tab strip: role=tablist, arrow keys, Home and End move between tabs (WAI-ARIA pattern). */
import { el } from './el';

/** One tab and its panel. */
export interface TabSpec<T extends string> {
  id: T;
  label: string;
  panel: HTMLElement;
}

/** Builds the strip and the panels; `onSelect` runs when a tab is chosen. Returns a way to select by id. */
export function tabs<T extends string>(
  specs: readonly TabSpec<T>[],
  initial: T,
  onSelect: (id: T) => void,
): { strip: HTMLElement; panels: HTMLElement[]; select: (id: T, focus?: boolean) => void } {
  const buttons = specs.map((spec) =>
    el('button', {
      className: 'ins-tab',
      text: spec.label,
      attrs: { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}` },
    }),
  );
  const panels = specs.map((spec) => {
    spec.panel.id = `panel-${spec.id}`;
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', `tab-${spec.id}`);
    spec.panel.tabIndex = -1;
    return spec.panel;
  });
  const select = (id: T, focus = false) => {
    specs.forEach((spec, i) => {
      const on = spec.id === id;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
      if (on && focus) buttons[i].focus();
    });
    onSelect(id);
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(specs[i].id));
    b.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = {
        ArrowRight: i + 1,
        ArrowLeft: i - 1,
        Home: 0,
        End: specs.length - 1,
      };
      if (!(event.key in moves)) return;
      event.preventDefault();
      const next = (moves[event.key] + specs.length) % specs.length;
      select(specs[next].id, true);
    });
  });
  select(initial);
  return {
    strip: el(
      'div',
      { className: 'ins-tabs', attrs: { role: 'tablist', 'aria-label': 'Instructor tools' } },
      buttons,
    ),
    panels,
    select,
  };
}
