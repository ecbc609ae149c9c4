/** Small DOM builders for the forms: elements from tag + props, text only through textContent. */

/** Props an element may be built with; `text` is set as textContent, never parsed as HTML. */
export interface ElementProps {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/** Creates an element with a class, text and attributes, and appends the children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: (Node | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

let nextFormId = 1;

/** A prefix unique to one mounted form, so ids never clash when two forms share a page. */
export function newIdPrefix(kind: string): string {
  return `sopf-${kind}-${nextFormId++}`;
}

/** How a form or region is named: by the visible heading with id `labelledBy` when the page has one, else by `label`. */
export function nameAttrs(labelledBy: string | undefined, label: string): Record<string, string> {
  return labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label };
}

/** A string safe inside an id attribute. */
export function idPart(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]/g, '_');
}

/** Text hidden on screen but read by screen readers (e.g. the product name in a per-month label). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { className: 'sopf-sr', text });
}

/** Adds or removes one id in an element's aria-describedby list. */
export function setDescribedBy(element: HTMLElement, id: string, on: boolean): void {
  const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size > 0) element.setAttribute('aria-describedby', [...ids].join(' '));
  else element.removeAttribute('aria-describedby');
}

/** Listens and returns the matching removal, so destroy() can undo every listener. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  cleanups: (() => void)[],
): void {
  target.addEventListener(type, handler as EventListener);
  cleanups.push(() => target.removeEventListener(type, handler as EventListener));
}
