/**
 * Coach marks: a bubble next to the element each tip points at, with Next and Skip tour buttons.
 * The bubble never takes focus by itself: it sits in the page right after the element it explains
 * (so Tab reaches it from there), a polite live region reads each tip, and it is placed where it
 * covers neither that element nor, when it can help it, the page's own controls. Once a student
 * uses its buttons, focus stays with the tour, and returns to the page element when a tip closes.
 * Escape on the bubble skips the tour. Tips wait for their element to appear (screens change under
 * them); progress is saved, and the tour never shows again once done or skipped.
 */
import { button, h } from '../dom';
import { CONTROL_SELECTOR, createBubbleLayout } from './coach-layout';
import {
  type CoachProgress,
  type CoachStep,
  nextTip,
  parseProgress,
  progressText,
  tourOver,
} from './coach-logic';
import './coach.css';

export type { CoachStep } from './coach-logic';
export { STEADY_START_SCENARIO_ID, STEADY_START_TOUR, STEADY_START_TOUR_KEY } from './steady-start-tour';

/** How the tour is kept and timed. */
export interface CoachOptions {
  /** localStorage key of the progress (e.g. STEADY_START_TOUR_KEY). */
  storageKey: string;
  /** Storage to use (default: localStorage; a failing storage means no tour persists). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** The current round, so round-2 tips wait; the tour ends after `lastRound`. */
  round?: () => number;
  /** Last round with tips (default 2). */
  lastRound?: number;
  /** Pixels at the top of the viewport hidden by a sticky header (default 0). */
  topInset?: () => number;
  /** Where the page's own controls are, which the bubble avoids covering (default: the document). */
  controlsRoot?: () => ParentNode | null;
}

/** A running tour. */
export interface CoachMarks {
  /** Starts watching the page; false when the tour is already done or skipped. */
  start(): boolean;
  /** Ends the tour for good (as the Skip button does). */
  skip(): void;
  /** Whether the tour is over. */
  isDone(): boolean;
  /** Removes the bubble and every listener (progress is kept). */
  destroy(): void;
}

/** Elements a bubble may not sit inside (it goes after their nearest ordinary ancestor). */
const NO_CHILD_BLOCKS = 'table, thead, tbody, tr, td, th, ul, ol, li, dl, dt, dd, p, label, select';

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function visible(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element.getClientRects().length > 0;
}

/** Focuses the element's first control, or the element itself (made focusable for the moment). */
function focusIn(element: HTMLElement): void {
  const control = element.matches(CONTROL_SELECTOR)
    ? element
    : element.querySelector<HTMLElement>(CONTROL_SELECTOR);
  if (control && !(control as HTMLButtonElement).disabled) {
    control.focus({ preventScroll: true });
    return;
  }
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
}

let tourCount = 0;

/** Creates a tour over `steps`; call start() to begin. */
export function createCoachMarks(steps: readonly CoachStep[], options: CoachOptions): CoachMarks {
  const storage = options.storage ?? defaultStorage();
  const lastRound = options.lastRound ?? 2;
  const id = `coach-${++tourCount}`;
  const read = (): CoachProgress => {
    try {
      return parseProgress(storage?.getItem(options.storageKey) ?? null);
    } catch {
      return parseProgress(null);
    }
  };
  let progress = read();
  const save = () => {
    try {
      storage?.setItem(options.storageKey, progressText(progress));
    } catch {
      // Private mode or a full quota: the tour still runs, it just is not remembered.
    }
  };
  const round = () => (options.round ? options.round() : null);
  const topInset = () => options.topInset?.() ?? 0;

  const counter = h('p', { className: 'coach-counter' });
  const title = h('h2', { className: 'coach-title', attrs: { id: `${id}-title` } });
  const text = h('p', { className: 'coach-text' });
  const next = button('Next', () => advance(), 'btn btn-primary coach-next');
  const skipButton = button('Skip tour', () => skip(), 'btn btn-quiet coach-skip');
  const bubble = h('section', { className: 'coach-bubble', attrs: { 'aria-labelledby': `${id}-title` } }, [
    h('span', { className: 'coach-arrow', attrs: { 'aria-hidden': 'true' } }),
    counter,
    title,
    text,
    h('div', { className: 'coach-actions' }, [next, skipButton]),
  ]);
  const live = h('p', { className: 'coach-live', attrs: { role: 'status', 'aria-live': 'polite' } });
  bubble.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      skip();
    }
  });

  let current: number | null = null;
  let target: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  let frame = 0;
  let running = false;
  const layout = createBubbleLayout(bubble, { topInset, controlsRoot: options.controlsRoot });

  /** Puts the bubble in the page right after the target (or after its nearest block a bubble may sit in). */
  function insertAfter(element: HTMLElement): void {
    let anchor: Element = element;
    for (let up = element.closest(NO_CHILD_BLOCKS); up && up !== document.body; ) {
      anchor = up;
      up = up.parentElement?.closest(NO_CHILD_BLOCKS) ?? null;
    }
    if (anchor.nextElementSibling !== bubble) anchor.after(bubble);
  }

  function hide(restoreFocus: boolean): void {
    const was = target;
    const hadFocus = bubble.contains(document.activeElement);
    target?.classList.remove('coach-target');
    target = null;
    current = null;
    layout.reset();
    bubble.remove();
    if (restoreFocus && hadFocus && was?.isConnected) focusIn(was);
  }

  function show(index: number, element: HTMLElement): void {
    const keepFocus = bubble.contains(document.activeElement);
    current = index;
    target?.classList.remove('coach-target');
    target = element;
    element.classList.add('coach-target');
    const step = steps[index];
    const left = steps.filter((_, i) => !progress.seen.includes(i)).length;
    counter.textContent = `Guided first game · ${left === 1 ? 'last tip' : `${left} tips left`}`;
    title.textContent = step.title;
    text.textContent = step.text;
    next.textContent = left === 1 ? 'Done' : 'Next';
    live.textContent = `Tip: ${step.title}. ${step.text}`;
    if (!live.isConnected) document.body.append(live);
    insertAfter(element);
    if (keepFocus) next.focus({ preventScroll: true });
    layout.choose(element, true);
  }

  function check(): void {
    frame = 0;
    if (!running) return;
    if (tourOver(steps, progress, round(), lastRound)) {
      finish(false);
      return;
    }
    if (current !== null && visible(target)) {
      if (!bubble.isConnected) insertAfter(target);
      layout.follow(target);
      return;
    }
    if (current !== null) {
      // The screen changed under the tip: count it as seen.
      progress = { ...progress, seen: [...progress.seen, current] };
      save();
      hide(false);
    }
    const index = nextTip(steps, progress, round(), (selector) => visible(document.querySelector(selector)));
    if (index !== null) show(index, document.querySelector(steps[index].selector) as HTMLElement);
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };
  const onMutations = (records: MutationRecord[]) => {
    if (records.some((r) => !bubble.contains(r.target) && r.target !== live)) schedule();
  };

  function advance(): void {
    if (current === null) return;
    progress = { ...progress, seen: [...progress.seen, current] };
    save();
    const index = nextTip(steps, progress, round(), (s) => visible(document.querySelector(s)));
    if (index !== null && !tourOver(steps, progress, round(), lastRound)) {
      show(index, document.querySelector(steps[index].selector) as HTMLElement);
      return;
    }
    hide(true);
    if (tourOver(steps, progress, round(), lastRound)) finish(false);
  }

  function finish(restoreFocus: boolean): void {
    progress = { ...progress, done: true };
    save();
    hide(restoreFocus);
    stop();
  }

  function skip(): void {
    finish(true);
  }

  function stop(): void {
    running = false;
    observer?.disconnect();
    observer = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    live.remove();
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule, true);
    document.removeEventListener('focusin', schedule);
  }

  return {
    start() {
      progress = read();
      if (running) return true;
      if (progress.done) return false;
      running = true;
      observer = new MutationObserver(onMutations);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden', 'class', 'style', 'open'],
      });
      window.addEventListener('resize', schedule);
      window.addEventListener('scroll', schedule, true);
      document.addEventListener('focusin', schedule);
      schedule();
      return true;
    },
    skip,
    isDone: () => progress.done,
    destroy() {
      stop();
      hide(false);
    },
  };
}
