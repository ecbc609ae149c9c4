/**
 * Coach marks: a bubble next to the element each tip points at, with Next and Skip tour buttons.
 * Keyboard accessible (Tab between the buttons, Escape skips), focus moves to a new tip and back to
 * the field when the tip closes. Tips wait for their element to appear (screens change under them);
 * progress is saved, and the tour never shows again once done or skipped.
 */
import { button, h } from '../dom';
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

  const counter = h('p', { className: 'coach-counter' });
  const title = h('h2', { className: 'coach-title', attrs: { id: `${id}-title` } });
  const text = h('p', { className: 'coach-text', attrs: { id: `${id}-text` } });
  const next = button('Next', () => advance(), 'btn btn-primary coach-next');
  const skipButton = button('Skip tour', () => skip(), 'btn btn-quiet coach-skip');
  const bubble = h(
    'div',
    {
      className: 'coach-bubble',
      attrs: {
        role: 'dialog',
        'aria-modal': 'false',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': `${id}-text`,
      },
    },
    [
      h('span', { className: 'coach-arrow', attrs: { 'aria-hidden': 'true' } }),
      counter,
      title,
      text,
      h('div', { className: 'coach-actions' }, [next, skipButton]),
    ],
  );
  bubble.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      skip();
    }
  });

  let current: number | null = null;
  let target: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  let frame = 0;
  let running = false;

  function place(): void {
    if (!target || !bubble.isConnected) return;
    const rect = target.getBoundingClientRect();
    const width = Math.min(380, window.innerWidth - 24);
    bubble.style.width = `${width}px`;
    const height = bubble.offsetHeight;
    if (rect.right + 18 + width <= window.innerWidth - 12 && rect.width < window.innerWidth / 2) {
      // Room on the right: sit beside the field so the fields below stay visible.
      const top = Math.max(12, Math.min(rect.top + rect.height / 2 - 28, window.innerHeight - height - 12));
      bubble.style.top = `${top + window.scrollY}px`;
      bubble.style.left = `${rect.right + 18 + window.scrollX}px`;
      bubble.dataset.side = 'right';
      bubble.style.setProperty(
        '--arrow-top',
        `${Math.max(14, Math.min(height - 28, rect.top + rect.height / 2 - top - 7))}px`,
      );
      return;
    }
    const below = rect.bottom + 14 + height <= window.innerHeight || rect.top < height + 14;
    const top = below ? rect.bottom + 14 : rect.top - 14 - height;
    const left = Math.max(12, Math.min(rect.left, window.innerWidth - width - 12));
    bubble.style.top = `${top + window.scrollY}px`;
    bubble.style.left = `${left + window.scrollX}px`;
    bubble.dataset.side = below ? 'below' : 'above';
    bubble.style.setProperty(
      '--arrow-left',
      `${Math.max(16, Math.min(width - 28, rect.left + 16 - left))}px`,
    );
  }

  function hide(restoreFocus: boolean): void {
    const was = target;
    target?.classList.remove('coach-target');
    target = null;
    current = null;
    bubble.remove();
    if (restoreFocus && was?.isConnected) {
      const field = was.matches('input, select, textarea, button, a[href], [tabindex]')
        ? was
        : was.querySelector<HTMLElement>('input, select, textarea, button, a[href], [tabindex]');
      (field ?? was).focus?.({ preventScroll: true });
    }
  }

  function show(index: number, element: HTMLElement): void {
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
    if (!bubble.isConnected) document.body.append(bubble);
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    place();
    next.focus({ preventScroll: true });
  }

  function check(): void {
    frame = 0;
    if (!running) return;
    if (tourOver(steps, progress, round(), lastRound)) {
      finish(false);
      return;
    }
    if (current !== null && visible(target)) {
      place();
      return;
    }
    if (current !== null) {
      // The screen changed under the tip: count it as seen.
      progress = { ...progress, seen: [...progress.seen, current] };
      save();
      hide(false);
    }
    const index = nextTip(steps, progress, round(), (selector) => visible(document.querySelector(selector)));
    if (index !== null) show(index, document.querySelector(selector(index)) as HTMLElement);
  }

  const selector = (index: number) => steps[index].selector;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };

  function advance(): void {
    if (current === null) return;
    progress = { ...progress, seen: [...progress.seen, current] };
    save();
    const index = nextTip(steps, progress, round(), (s) => visible(document.querySelector(s)));
    if (index !== null && !tourOver(steps, progress, round(), lastRound)) {
      show(index, document.querySelector(selector(index)) as HTMLElement);
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
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule, true);
  }

  return {
    start() {
      progress = read();
      if (running) return true;
      if (progress.done) return false;
      running = true;
      observer = new MutationObserver(schedule);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden', 'class', 'style'],
      });
      window.addEventListener('resize', schedule);
      window.addEventListener('scroll', schedule, true);
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
