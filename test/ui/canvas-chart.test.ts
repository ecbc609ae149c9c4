/** The project's canvas chart: named columns keep their names, cut to the column's width when they must be. */
import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/ui/canvas-chart';

/** A context whose every character is 10 px wide. */
const ctx = { measureText: (text: string) => ({ width: text.length * 10 }) } as CanvasRenderingContext2D;

describe('a column label', () => {
  it('stays whole when it fits', () => {
    expect(fitText(ctx, 'Ana', 30)).toBe('Ana');
  });

  it('is cut with an ellipsis to the width, never to nothing', () => {
    expect(fitText(ctx, 'Olivia & Cora (bot)', 80)).toBe('Olivia…');
    expect(fitText(ctx, 'Olivia & Cora (bot)', 5)).toBe('O…');
  });
});
