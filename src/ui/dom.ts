/** Tiny DOM builders for the screens: text only through textContent, never HTML. */
import type { TextTable } from './present/briefing-model';

/** Props an element may be built with. */
export interface Props {
  className?: string;
  /** Set as textContent. */
  text?: string;
  /** Attributes; an undefined value is left out. */
  attrs?: Record<string, string | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** A child of `h`: a node, a string (as a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates an element with a class, text, attributes, listeners and children (the game's and the
 * instructor page's one element builder). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {}))
    if (value !== undefined) element.setAttribute(name, value);
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A button that is always type="button" unless told otherwise. */
export function button(
  text: string,
  onClick: () => void,
  className = 'btn',
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  return h('button', {
    className,
    text,
    attrs: { type: 'button', ...attrs },
    on: { click: () => onClick() },
  });
}

/** A data table with a caption and column headers; the first cell of a row is its header. */
export function textTable(table: TextTable, className = 'data-table'): HTMLElement {
  const head = h(
    'tr',
    {},
    table.columns.map((c) => h('th', { text: c, attrs: { scope: 'col' } })),
  );
  const rows = table.rows.map((row) =>
    h(
      'tr',
      {},
      row.map((cell, i) =>
        i === 0 ? h('th', { text: cell, attrs: { scope: 'row' } }) : h('td', { text: cell }),
      ),
    ),
  );
  const element = h('table', { className }, [
    h('caption', { text: table.caption }),
    h('thead', {}, [head]),
    h('tbody', {}, rows),
  ]);
  return h(
    'div',
    { className: 'table-scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': table.caption } },
    [element],
  );
}
