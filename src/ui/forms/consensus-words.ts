/** The consensus meeting's words: column headings, gap cells and the one-line verdict (plain functions, no DOM). */
import { formatCount } from '../../engine/words/formats';
import type { PlanProjection, ProductMonthProjection } from './projection';

/** A column heading for horizon month k: "Month 4" when the month is known, else "This month" / "Next month" / "In 2 months". */
export function horizonLabel(month: number | undefined, k: number): string {
  if (month !== undefined) return `Month ${month + k}`;
  return ['This month', 'Next month', 'In 2 months'][k];
}

/** Plain words for a gap cell, e.g. "short 120" or "excess 300"; null when the month is in balance. */
export function gapWords(row: ProductMonthProjection): string | null {
  if (row.gap === 'short') return `short ${formatCount(row.shortage)}`;
  if (row.gap === 'excess') return `excess ${formatCount(row.excess)}`;
  return null;
}

/** Counts the gaps in a projection, for the one-line verdict above the tables. */
export function gapVerdict(projection: PlanProjection): string {
  let short = 0;
  let excess = 0;
  for (const rows of Object.values(projection.products)) {
    for (const row of rows) {
      if (row.gap === 'short') short++;
      if (row.gap === 'excess') excess++;
    }
  }
  if (short === 0 && excess === 0)
    return 'The plans agree: no planned shortage and no excess beyond the allowed cover.';
  const parts = [];
  if (short > 0) parts.push(`${short} planned shortage${short === 1 ? '' : 's'}`);
  if (excess > 0) parts.push(`${excess} month${excess === 1 ? '' : 's'} of excess stock`);
  return `Gaps to discuss: ${parts.join(' and ')}. Each role may revise its plan once.`;
}
