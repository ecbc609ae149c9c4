/**
 * Puts a coach-mark bubble on the page: measures it, asks coach-placement for the best side, scrolls
 * once when a new tip needs it, then keeps the bubble beside its target as the page scrolls or
 * changes, without ever scrolling again by itself (a student's own scrolling always wins).
 */
import {
  arrowOffset,
  type Box,
  type BubbleAnchor,
  bubbleCorner,
  overlaps,
  type PlacementInput,
  placeBubble,
} from './coach-placement';

/** Controls a bubble should leave uncovered. */
export const CONTROL_SELECTOR =
  'button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])';

/** How the layout reads the page. */
export interface BubbleLayoutOptions {
  /** Pixels at the top of the window hidden by a sticky header. */
  topInset(): number;
  /** Where the page's controls are looked for (default: the document). */
  controlsRoot?(): ParentNode | null;
}

/** A bubble's layout over the page. */
export interface BubbleLayout {
  /** Chooses a place for a new tip (may scroll the page once). */
  choose(target: HTMLElement, canScroll: boolean): void;
  /** Keeps the bubble beside its target after a scroll, a resize or a change of the page. */
  follow(target: HTMLElement): void;
  /** Forgets the chosen place (the tip closed). */
  reset(): void;
}

function documentBox(element: Element): Box {
  const r = element.getBoundingClientRect();
  return { left: r.left + window.scrollX, top: r.top + window.scrollY, width: r.width, height: r.height };
}

/** Creates the layout of `bubble` (already in the page). */
export function createBubbleLayout(bubble: HTMLElement, options: BubbleLayoutOptions): BubbleLayout {
  let anchor: BubbleAnchor | null = null;
  let sizes: { width: number; height: number }[] = [];
  let drawn = '';
  let viewportWidth = 0;

  const viewport = () => {
    const root = document.documentElement;
    return {
      width: root.clientWidth,
      height: window.innerHeight,
      scrollY: window.scrollY,
      maxScrollY: Math.max(0, root.scrollHeight - window.innerHeight),
    };
  };

  function measure(): { width: number; height: number }[] {
    const room = Math.max(200, document.documentElement.clientWidth - 24);
    const widths = [...new Set([Math.min(360, room), Math.min(300, room)])];
    return widths.map((width) => {
      bubble.style.width = `${width}px`;
      return { width, height: bubble.offsetHeight };
    });
  }

  function controls(target: HTMLElement): Box[] {
    const root = options.controlsRoot?.() ?? document;
    const boxes: Box[] = [];
    for (const control of root.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
      if (bubble.contains(control) || target.contains(control)) continue;
      if (control.getClientRects().length === 0) continue;
      const box = documentBox(control);
      if (box.width > 0 && box.height > 0) boxes.push(box);
    }
    return boxes;
  }

  function focusedBox(target: HTMLElement): Box[] {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return [];
    if (bubble.contains(focused) || target.contains(focused)) return [];
    return [documentBox(focused)];
  }

  function input(target: HTMLElement, canScroll: boolean): PlacementInput {
    return {
      target: documentBox(target),
      sizes,
      viewport: viewport(),
      controls: controls(target),
      keepClear: focusedBox(target),
      topInset: options.topInset(),
      canScroll,
    };
  }

  function draw(target: HTMLElement, again: boolean): void {
    if (!anchor) return;
    const targetBox = documentBox(target);
    const frame = { target: targetBox, sizes, viewport: viewport() };
    const corner = bubbleCorner(anchor, frame);
    const size = sizes[anchor.size];
    const box = { ...corner, ...size };
    if (again && [targetBox, ...focusedBox(target)].some((b) => overlaps(box, b))) {
      // The page changed under the bubble: choose again where the page is now.
      choose(target, false);
      return;
    }
    const arrow = arrowOffset(anchor.side, corner, size, targetBox);
    const left = Math.round(corner.left - window.scrollX);
    const top = Math.round(corner.top - window.scrollY);
    const key = `${anchor.side}:${size.width}:${left}:${top}:${Math.round(arrow)}`;
    if (key === drawn) return;
    drawn = key;
    bubble.dataset.side = anchor.side;
    bubble.style.width = `${size.width}px`;
    bubble.style.left = `${left}px`;
    bubble.style.top = `${top}px`;
    bubble.style.setProperty('--arrow', `${Math.round(arrow)}px`);
  }

  function choose(target: HTMLElement, canScroll: boolean): void {
    sizes = measure();
    viewportWidth = document.documentElement.clientWidth;
    const placement = placeBubble(input(target, canScroll));
    anchor = placement;
    drawn = '';
    if (canScroll && Math.abs(placement.scrollY - window.scrollY) > 1) {
      const reduced =
        document.documentElement.dataset.motion === 'reduced' ||
        window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: placement.scrollY, behavior: reduced ? 'auto' : 'smooth' });
    }
    draw(target, false);
  }

  return {
    choose,
    follow(target) {
      if (!anchor || document.documentElement.clientWidth !== viewportWidth) {
        choose(target, false);
        return;
      }
      draw(target, true);
    },
    reset() {
      anchor = null;
      drawn = '';
    },
  };
}
