import { describe, expect, it } from 'vitest';
import {
  arrowOffset,
  type Box,
  bubbleCorner,
  type PlacementInput,
  placeBubble,
} from '../../src/ui/debrief/coach-placement';
import { GUIDED_ROUNDS, guidedTourOver, guidedTourWanted } from '../../src/ui/screens/guided-tour';
import { playedGame } from './screens/played-game';

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

const base = (patch: Partial<PlacementInput> = {}): PlacementInput => ({
  target: { left: 40, top: 300, width: 400, height: 60 },
  sizes: [{ width: 360, height: 200 }],
  viewport: { width: 1024, height: 768, scrollY: 0, maxScrollY: 1000 },
  controls: [],
  topInset: 60,
  ...patch,
});

const boxOf = (input: PlacementInput) => {
  const placement = placeBubble(input);
  return { placement, box: { left: placement.left, top: placement.top, ...input.sizes[placement.size] } };
};

describe('placeBubble', () => {
  it('sits to the right of a narrow target when there is room, without scrolling', () => {
    const { placement, box } = boxOf(base());
    expect(placement.side).toBe('right');
    expect(placement.scrollY).toBe(0);
    expect(placement.fits).toBe(true);
    expect(overlaps(box, base().target)).toBe(false);
  });

  it('never covers the target, even a full-width one', () => {
    const target = { left: 12, top: 300, width: 1000, height: 200 };
    const { placement, box } = boxOf(base({ target }));
    expect(['below', 'above']).toContain(placement.side);
    expect(overlaps(box, target)).toBe(false);
  });

  it('moves off the page’s controls when another side is free', () => {
    const right = { left: 470, top: 280, width: 300, height: 120 };
    const { placement, box } = boxOf(base({ controls: [right] }));
    expect(placement.covered).toBe(0);
    expect(overlaps(box, right)).toBe(false);
  });

  it('keeps clear of the field that has focus', () => {
    const focused = { left: 470, top: 290, width: 200, height: 40 };
    const { box } = boxOf(base({ keepClear: [focused] }));
    expect(overlaps(box, focused)).toBe(false);
  });

  it('scrolls when the target and the bubble only fit together further down the page', () => {
    const target = { left: 12, top: 900, width: 1000, height: 300 };
    const { placement, box } = boxOf(base({ target }));
    expect(placement.fits).toBe(true);
    expect(placement.scrollY).toBeGreaterThan(0);
    const shown = { top: placement.scrollY + 60, bottom: placement.scrollY + 768 };
    expect(Math.min(box.top, target.top)).toBeGreaterThanOrEqual(shown.top);
    expect(Math.max(box.top + box.height, target.top + target.height)).toBeLessThanOrEqual(shown.bottom);
  });

  it('beside a target taller than the window, shows the bubble inside the window with the target’s edge', () => {
    // A phone: the report's three score cards are taller than the window.
    const target = { left: 8, top: 110, width: 374, height: 650 };
    const input = base({
      target,
      sizes: [{ width: 354, height: 235 }],
      viewport: { width: 390, height: 844, scrollY: 0, maxScrollY: 2400 },
      topInset: 0,
    });
    const { placement, box } = boxOf(input);
    expect(placement.fits).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width).toBeLessThanOrEqual(390);
    expect(overlaps(box, target)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(placement.scrollY);
    expect(box.top + box.height).toBeLessThanOrEqual(placement.scrollY + 844);
    const shown = { top: placement.scrollY, bottom: placement.scrollY + 844 };
    expect(target.top < shown.bottom && target.top + target.height > shown.top).toBe(true);
  });

  it('does not scroll when told not to, and says whether it fits', () => {
    const target = { left: 12, top: 900, width: 1000, height: 300 };
    const { placement } = boxOf(base({ target, canScroll: false }));
    expect(placement.fits).toBe(false);
  });

  it('stays inside the window’s width', () => {
    const target = { left: 700, top: 300, width: 300, height: 50 };
    const { box } = boxOf(base({ target }));
    expect(box.left).toBeGreaterThanOrEqual(12);
    expect(box.left + box.width).toBeLessThanOrEqual(1024 - 12);
  });

  it('takes the narrower size when only it fits beside the target', () => {
    const target = { left: 40, top: 300, width: 600, height: 300 };
    const sizes = [
      { width: 360, height: 200 },
      { width: 300, height: 240 },
    ];
    const controls = [
      { left: 40, top: 200, width: 600, height: 80 },
      { left: 40, top: 620, width: 600, height: 80 },
    ];
    const { placement } = boxOf(base({ target, sizes, controls }));
    expect(placement.side).toBe('right');
    expect(placement.size).toBe(1);
  });
});

describe('bubbleCorner and arrowOffset', () => {
  it('follow the target: the same anchor moves with it', () => {
    const input = base();
    const anchor = { side: 'below' as const, align: 0 as const, size: 0, far: false };
    const a = bubbleCorner(anchor, input);
    const b = bubbleCorner(anchor, { ...input, target: { ...input.target, top: input.target.top + 100 } });
    expect(b.top - a.top).toBe(100);
    expect(b.left).toBe(a.left);
  });

  it('keeps the arrow off the bubble’s corners', () => {
    const size = { width: 360, height: 200 };
    const target = { left: 0, top: 0, width: 10, height: 10 };
    expect(arrowOffset('below', { left: 300, top: 30 }, size, target)).toBe(16);
    expect(arrowOffset('right', { left: 30, top: 500 }, size, target)).toBe(14);
  });
});

describe('guided tour wiring', () => {
  const played = playedGame('steady-start', 6);
  const steady = { ...played, month: 1, phase: 'briefing' as const };

  it('wants the tour on a Steady-start game in its first rounds only', () => {
    expect(guidedTourWanted({ screen: 'game', game: steady })).toBe(true);
    const lastGuided = { ...steady, month: GUIDED_ROUNDS, phase: 'report' as const };
    expect(guidedTourWanted({ screen: 'game', game: lastGuided })).toBe(true);
    expect(guidedTourWanted({ screen: 'title', game: steady })).toBe(false);
    expect(guidedTourWanted({ screen: 'game', game: { ...steady, month: GUIDED_ROUNDS + 1 } })).toBe(false);
    expect(guidedTourWanted({ screen: 'game', game: played })).toBe(false);
    expect(guidedTourWanted({ screen: 'game', game: null })).toBe(false);
    const seasonal = { ...playedGame('seasonal-peak', 6), month: 1, phase: 'briefing' as const };
    expect(guidedTourWanted({ screen: 'game', game: seasonal })).toBe(false);
  });

  it('reads the saved progress: done or skipped ends it, anything else does not', () => {
    const storage = (text: string | null) => ({ getItem: () => text });
    expect(guidedTourOver(storage(JSON.stringify({ seen: [0], done: true })))).toBe(true);
    expect(guidedTourOver(storage(JSON.stringify({ seen: [0, 1], done: false })))).toBe(false);
    expect(guidedTourOver(storage('not json'))).toBe(false);
    expect(guidedTourOver(null)).toBe(false);
    expect(
      guidedTourOver({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe(false);
  });
});
