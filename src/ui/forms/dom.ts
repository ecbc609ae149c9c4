/** Small DOM builders for the forms: elements from tag + props, text only through textContent. */

import { h as el } from '../dom';

/** The forms' name for the shared element builder (src/ui/dom.ts): `text` is set as textContent, never parsed. */
export { el };

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
