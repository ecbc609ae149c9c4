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
