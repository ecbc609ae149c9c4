/** Layout checks for phone-first pages: no sideways overflow, touch targets of at least 44 px. */
import type { Page } from '@playwright/test';

/** Smallest comfortable touch target (WCAG 2.5.5, Apple and Android guidance), in CSS px. */
export const MIN_TARGET = 44;

/** What is wrong with the layout now: sideways overflow and interactive elements smaller than a fingertip. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) {
      // Name the outermost elements that stick out, so a failure says where to look.
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
        (el) =>
          el.getBoundingClientRect().right > window.innerWidth + 1 &&
          (el.parentElement?.getBoundingClientRect().right ?? 0) <= window.innerWidth + 1,
      );
      const where = wide
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        .join(', ');
      out.push(`the page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px viewport (${where})`);
    }
    const nameOf = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, summary, textarea',
    );
    for (const el of targets) {
      if (el.closest('[hidden], dialog:not([open]), .stage-parking')) continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Off-screen until focused (the skip link).
      if (box.right <= 0 || box.bottom <= 0) continue;
      // A link inside a sentence is exempt (WCAG 2.5.5: inline targets).
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
      const input = el as HTMLInputElement;
      if (el.tagName === 'INPUT' && input.type === 'file' && input.id) {
        // A hidden file input is chosen through its label, styled as a button: the label is the target.
        const label = document.querySelector(`label[for="${input.id}"]`);
        if (label) box = label.getBoundingClientRect();
      } else if (el.tagName === 'INPUT' && (input.type === 'radio' || input.type === 'checkbox')) {
        // The target of a radio or a checkbox is the box with its label.
        const holder = el.parentElement;
        if (holder) box = holder.getBoundingClientRect();
      }
      if (box.height < min - 0.5 || box.width < min - 0.5)
        out.push(`${nameOf(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
    }
    return out;
  }, MIN_TARGET);
}

/** What a reader would see as garbled text now: words broken mid-word across lines ("Finish|ed"), table cells
 * whose content runs past the cell (numbers running into each other), cards stretched far past their content
 * (a big empty box) and text lying under a control (a label half-hidden by its input). Text that is meant to break anywhere (result codes) is exempt. */
export function textProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Behind an open modal dialog nothing is on screen but the dialog; a closed <details> shows only its summary.
    const modal = document.querySelector('dialog:modal');
    const visible = (el: Element | null) =>
      !!el &&
      !el.closest('[hidden], dialog:not([open]), .stage-parking, details:not([open]) > :not(summary)') &&
      (!modal || modal.contains(el));
    const nameTag = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    // 1. Words broken inside: a word (split at spaces, hyphens, slashes and soft hyphens) drawn on two lines.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const broken = new Map<string, string>();
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || !visible(parent) || !text.data.trim()) continue;
      if (['SCRIPT', 'STYLE', 'TEXTAREA', 'OPTION', 'TITLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      texts.push(text);
      const style = getComputedStyle(parent);
      if (style.wordBreak === 'break-all') continue;
      const re = /[^\s\-‐–—/\u00ad]{4,}/g;
      for (let m = re.exec(text.data); m; m = re.exec(text.data)) {
        // An address or a file name may break anywhere.
        if (/[?=@]|:\/\/|\.\w/.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1 && !broken.has(m[0])) broken.set(m[0], nameTag(parent));
      }
    }
    for (const [word, where] of [...broken].slice(0, 5))
      out.push(`"${word}" is broken across lines in ${where}`);
    // 2. Table cells whose content is wider than the cell.
    for (const cell of document.querySelectorAll<HTMLElement>('td, th')) {
      if (!visible(cell) || cell.getBoundingClientRect().width === 0) continue;
      if (cell.scrollWidth > cell.clientWidth + 1)
        out.push(
          `a ${nameTag(cell)} "${(cell.textContent ?? '').trim().slice(0, 30)}" runs ${cell.scrollWidth - cell.clientWidth} px past its cell`,
        );
    }
    // 3. A card stretched far past its content (to its neighbour's height): a big empty box on screen.
    for (const card of document.querySelectorAll<HTMLElement>('.panel')) {
      if (!visible(card)) continue;
      const box = card.getBoundingClientRect();
      const inner = [...card.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
      if (box.height < 200 || inner.length === 0) continue;
      const empty =
        box.bottom -
        Math.max(...inner.map((r) => r.bottom)) -
        parseFloat(getComputedStyle(card).paddingBottom);
      if (empty > Math.max(120, 0.4 * box.height)) {
        const title = card.querySelector('h1, h2, h3')?.textContent?.trim() ?? nameTag(card);
        out.push(`the card "${title}" is ${Math.round(empty)} px taller than its content`);
      }
    }
    // 4. Text under a control: a line of text outside a control that overlaps the control's box.
    // A control pinned over scrolling content (a sticky footer, a fixed bar) covers text by design.
    const pinned = (el: Element) => {
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const position = getComputedStyle(a).position;
        if (position === 'sticky' || position === 'fixed') return true;
      }
      return false;
    };
    // Text for screen readers only (clipped to a pixel) is not on screen.
    const offscreen = (el: Element) => {
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const box = a.getBoundingClientRect();
        if (box.width <= 2 || box.height <= 2) return true;
      }
      return false;
    };
    // The box in which an element's content can be seen: the intersection of its clipping ancestors.
    const clipOf = (el: Element) => {
      const view = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = a.getBoundingClientRect();
        view.left = Math.max(view.left, box.left);
        view.right = Math.min(view.right, box.right);
        view.top = Math.max(view.top, box.top);
        view.bottom = Math.min(view.bottom, box.bottom);
      }
      return view;
    };
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, input:not([type=radio]):not([type=checkbox]), select, textarea',
      ),
    ]
      .filter((el) => visible(el) && !pinned(el))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    for (const text of texts) {
      const parent = text.parentElement as HTMLElement;
      if (parent.closest('button, select, textarea') || offscreen(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const view = clipOf(parent);
      for (const line of range.getClientRects()) {
        // Only the part of the line its scrolling ancestors show (text scrolled out of a box is not on screen).
        const r = {
          left: Math.max(line.left, view.left),
          right: Math.min(line.right, view.right),
          top: Math.max(line.top, view.top),
          bottom: Math.min(line.bottom, view.bottom),
        };
        if (r.right - r.left < 2 || r.bottom - r.top < 2) continue;
        const hit = controls.find(
          ({ el, box }) =>
            !el.contains(parent) &&
            Math.min(r.right, box.right) - Math.max(r.left, box.left) > 2 &&
            Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top) > 2,
        );
        if (hit) {
          out.push(`the text "${text.data.trim().slice(0, 30)}" lies under ${nameTag(hit.el)}`);
          break;
        }
      }
    }
    return out;
  });
}
