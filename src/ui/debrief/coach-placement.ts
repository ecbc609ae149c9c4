/**
 * Where a coach-mark bubble goes, without the DOM: beside, below or above the element it explains,
 * never over that element, where the page can show both at once (scrolling if it must), and over as
 * few of the page's own controls as possible, so a student can ignore the tip and keep playing.
 * Boxes are in document coordinates (viewport position + scroll), so a place can be chosen before
 * the page scrolls to it.
 */

/** A rectangle in document pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The side of the target the bubble sits on. */
export type BubbleSide = 'right' | 'left' | 'below' | 'above';

/** Where along its side the bubble is aligned with the target: start, centre or end. */
export type BubbleAlign = 0 | 1 | 2;

/** The bubble's side and alignment: kept while a tip is open, so the bubble follows its target. */
export interface BubbleAnchor {
  side: BubbleSide;
  align: BubbleAlign;
  /** Index of the chosen bubble size in PlacementInput.sizes. */
  size: number;
  /** Beside the target but pushed to the window's edge (into free space further away). */
  far: boolean;
}

/** Where to draw the bubble. */
export interface BubblePlacement extends BubbleAnchor {
  /** Its corner, in document coordinates. */
  left: number;
  top: number;
  /** The arrow's offset from the bubble's top (right/left) or left edge (below/above), in pixels. */
  arrow: number;
  /** How many controls it covers there (0 is the aim). */
  covered: number;
  /** The scroll position that shows the target and the bubble together (the current one when possible). */
  scrollY: number;
  /** Whether the target and the bubble fit in the window together. */
  fits: boolean;
}

/** The page around the target. */
export interface PlacementInput {
  target: Box;
  /** Sizes the bubble may take (e.g. wide and narrow), preferred first. */
  sizes: readonly { width: number; height: number }[];
  viewport: { width: number; height: number; scrollY: number; maxScrollY: number };
  /** The page's controls (buttons, fields, links) the bubble should not cover. */
  controls: readonly Box[];
  /** Boxes the bubble must not cover, like the target (e.g. the field that has focus). */
  keepClear?: readonly Box[];
  /** Space at the top of the window hidden by a sticky header. */
  topInset?: number;
  /** Whether the page may scroll to show the bubble (false: it must fit as the page is scrolled now). */
  canScroll?: boolean;
  gap?: number;
  margin?: number;
}

const SIDES: readonly BubbleSide[] = ['right', 'below', 'above', 'left'];
const ALIGNS: readonly BubbleAlign[] = [0, 1, 2];

/** Whether two boxes overlap by more than a pixel's rounding. */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width - 1 &&
    b.left < a.left + a.width - 1 &&
    a.top < b.top + b.height - 1 &&
    b.top < a.top + a.height - 1
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}

/** The bubble's corner for a side and alignment (document coordinates). */
export function bubbleCorner(
  anchor: BubbleAnchor,
  input: Pick<PlacementInput, 'target' | 'sizes' | 'viewport' | 'gap' | 'margin'>,
): { left: number; top: number } {
  const { target: t, viewport: v } = input;
  const b = input.sizes[anchor.size];
  const gap = input.gap ?? 16;
  const margin = input.margin ?? 12;
  if (anchor.side === 'right' || anchor.side === 'left') {
    const near = anchor.side === 'right' ? t.left + t.width + gap : t.left - gap - b.width;
    const edge = anchor.side === 'right' ? v.width - margin - b.width : margin;
    const left = anchor.far ? (anchor.side === 'right' ? Math.max(near, edge) : Math.min(near, edge)) : near;
    const tops = [t.top - 8, t.top + t.height / 2 - b.height / 2, t.top + t.height - b.height + 8];
    return { left, top: Math.max(0, tops[anchor.align]) };
  }
  const top = anchor.side === 'below' ? t.top + t.height + gap : t.top - gap - b.height;
  const lefts = [t.left, t.left + t.width / 2 - b.width / 2, t.left + t.width - b.width];
  return { left: clamp(lefts[anchor.align], margin, v.width - margin - b.width), top };
}

/** The arrow's offset: opposite the middle of the target's part beside the bubble, off the rounded corners. */
export function arrowOffset(
  side: BubbleSide,
  corner: { left: number; top: number },
  size: { width: number; height: number },
  target: Box,
): number {
  if (side === 'right' || side === 'left') {
    const from = Math.max(target.top, corner.top);
    const to = Math.min(target.top + target.height, corner.top + size.height);
    return clamp((from + to) / 2 - corner.top - 7, 14, size.height - 28);
  }
  const from = Math.max(target.left, corner.left);
  const to = Math.min(target.left + target.width, corner.left + size.width);
  return clamp(Math.min(from + 24, (from + to) / 2) - corner.left - 7, 16, size.width - 28);
}

/** The scroll position nearest the current one that shows `span` below the inset, or null when none can. */
function scrollToShow(span: { top: number; bottom: number }, input: PlacementInput): number | null {
  const { viewport: v } = input;
  const inset = (input.topInset ?? 0) + (input.margin ?? 12);
  const room = v.height - inset - (input.margin ?? 12);
  const low = span.bottom - inset - room; // smallest scroll that shows the bottom
  const high = span.top - inset; // largest scroll that shows the top
  if (low > high) return null;
  const wanted = clamp(v.scrollY, low, high);
  if (input.canScroll === false) return wanted === v.scrollY ? wanted : null;
  if (wanted < 0 || wanted > v.maxScrollY) {
    const bounded = clamp(wanted, 0, v.maxScrollY);
    return bounded >= low && bounded <= high ? bounded : null;
  }
  return wanted;
}

/** What must show when the target cannot show whole: the bubble and the strip of the target next to it. */
function nearEdgeSpan(side: BubbleSide, box: Box, t: Box): { top: number; bottom: number } {
  const strip = Math.min(t.height, 48);
  if (side === 'below') return { top: t.top + t.height - strip, bottom: box.top + box.height };
  if (side === 'above') return { top: box.top, bottom: t.top + strip };
  return { top: Math.max(t.top, box.top), bottom: box.top + box.height };
}

/**
 * The best place for the bubble: never over the target (nor a keep-clear box); then where the
 * target and the bubble fit in the window together (else where the bubble and the target's near edge do,
 * inside the window's width); then over the fewest controls; then with the
 * least scrolling; then the first side of right, below, above, left, and the wider size.
 */
export function placeBubble(input: PlacementInput): BubblePlacement {
  const { viewport: v, target: t } = input;
  const margin = input.margin ?? 12;
  let best: BubblePlacement | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  input.sizes.forEach((size, sizeIndex) => {
    SIDES.forEach((side, sideIndex) => {
      for (const [align, far] of ALIGNS.flatMap((a) => [[a, false] as const, [a, true] as const])) {
        if (far && (side === 'below' || side === 'above')) continue;
        const anchor = { side, align, size: sizeIndex, far };
        const corner = bubbleCorner(anchor, input);
        const box = { ...corner, ...size };
        const inWidth = box.left >= margin - 0.5 && box.left + box.width <= v.width - margin + 0.5;
        const span = {
          top: Math.min(t.top, box.top),
          bottom: Math.max(t.top + t.height, box.top + box.height),
        };
        const scrollY = inWidth ? scrollToShow(span, input) : null;
        // A target taller than the window (a phone): the bubble in full with the target's near edge beside it.
        const partial = inWidth && scrollY === null ? scrollToShow(nearEdgeSpan(side, box, t), input) : null;
        const blocked = overlaps(box, t) || (input.keepClear ?? []).some((k) => overlaps(box, k));
        const covered = input.controls.filter((c) => overlaps(box, c)).length;
        const cost =
          (blocked ? 1_000_000 : 0) +
          (scrollY !== null
            ? Math.abs(scrollY - v.scrollY) / 50
            : partial !== null
              ? 50_000 + Math.abs(partial - v.scrollY) / 50
              : 100_000) +
          covered * 100 +
          sideIndex * 2 +
          sizeIndex * 3 +
          align * 0.5 +
          (far ? 4 : 0);
        if (cost < bestCost) {
          bestCost = cost;
          best = {
            ...anchor,
            ...corner,
            arrow: arrowOffset(side, corner, size, t),
            covered,
            scrollY: scrollY ?? partial ?? clamp(t.top - (input.topInset ?? 0) - margin, 0, v.maxScrollY),
            fits: scrollY !== null,
          };
        }
      }
    });
  });
  return best as unknown as BubblePlacement;
}
