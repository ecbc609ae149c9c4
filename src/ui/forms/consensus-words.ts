/** The consensus meeting's words: column headings, gap cells and the one-line verdict (plain functions, no DOM). */
import { gameEndWords, monthsInGame } from '../../engine/game-end';
import { weightingSentence } from '../../engine/plan-gaps';
import { formatCount } from '../../engine/words/formats';
import type { PlanProjection, ProductMonthProjection } from './projection';

/** A column heading for horizon month k: "Month 4" when the month is known, else "This month" / "Next month" / "In 2 months". */
export function horizonLabel(month: number | undefined, k: number): string {
  if (month !== undefined) return `Month ${month + k}`;
  return ['This month', 'Next month', 'In 2 months'][k];
}

/** Why a plan shows fewer than three months near the end: "The game ends after month 12, so the plan stops there."
 * Null while the whole horizon is inside the game. */
export function horizonEndNote(month: number, rounds: number): string | null {
  return monthsInGame(month, rounds) < 3 ? `${gameEndWords(rounds)}, so the plan stops there.` : null;
}

/** Plain words for a gap cell, e.g. "short 120" or "excess 300"; null when the month is in balance. */
export function gapWords(row: ProductMonthProjection): string | null {
  if (row.gap === 'short') return `short ${formatCount(row.shortage)}`;
  if (row.gap === 'excess') return `excess ${formatCount(row.excess)}`;
  return null;
}

/** Counts the gaps in a projection (a product in a month counts once), for the one-line verdict above the tables,
 * and says how alignment weighs them. */
export function gapVerdict(projection: PlanProjection): string {
  let short = 0;
  let excess = 0;
  let cells = 0;
  for (const rows of Object.values(projection.products)) {
    for (const row of rows) {
      cells++;
      if (row.gap === 'short') short++;
      if (row.gap === 'excess') excess++;
    }
  }
  if (short === 0 && excess === 0)
    return 'The plans agree: no planned shortage and no excess beyond the allowed cover.';
  const many = projection.gaps.months.length < cells;
  const cell = (n: number) =>
    cells === 1 ? 'this month' : `in ${n} of ${cells} ${many ? 'product-months' : 'months'}`;
  const parts = [];
  if (short > 0) parts.push(`a planned shortage ${cell(short)}`);
  if (excess > 0) parts.push(`stock beyond the allowed cover ${cell(excess)}`);
  const weighted = weightingSentence(projection.gaps);
  return `Gaps to discuss: ${parts.join(' and ')}. ${weighted ?? ''} Each role may revise its plan once.`;
}
