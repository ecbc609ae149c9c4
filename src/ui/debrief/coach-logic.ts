/** The coach marks' rules without the DOM: which tip shows next, and the saved progress. */

/** One coach mark: the element it points at, a title and a sentence or two. */
export interface CoachStep {
  /** CSS selector of the element, e.g. `[data-coach="sales-forecast"]`. */
  selector: string;
  title: string;
  text: string;
  /** First round in which the tip may show (default 1). */
  round?: number;
}

/** Saved progress: the tips already seen, and whether the tour is over (done or skipped). */
export interface CoachProgress {
  seen: number[];
  done: boolean;
}

/** Reads saved progress; anything unreadable counts as a fresh start. */
export function parseProgress(text: string | null): CoachProgress {
  if (!text) return { seen: [], done: false };
  try {
    const value = JSON.parse(text) as Partial<CoachProgress>;
    const seen = Array.isArray(value.seen) ? value.seen.filter((n) => Number.isInteger(n) && n >= 0) : [];
    return { seen, done: value.done === true };
  } catch {
    return { seen: [], done: false };
  }
}

/** Progress as saved text. */
export function progressText(progress: CoachProgress): string {
  return JSON.stringify(progress);
}

/**
 * The index of the tip to show now, or null: the first unseen tip whose round has come and whose
 * element is on screen. Without a known round (null), later-round tips wait until every first-round tip is seen.
 */
export function nextTip(
  steps: readonly CoachStep[],
  progress: CoachProgress,
  round: number | null,
  present: (selector: string) => boolean,
): number | null {
  if (progress.done) return null;
  const firstRoundLeft = steps.some((s, i) => (s.round ?? 1) <= 1 && !progress.seen.includes(i));
  for (let i = 0; i < steps.length; i++) {
    if (progress.seen.includes(i)) continue;
    const from = steps[i].round ?? 1;
    const allowed = round === null ? from <= 1 || !firstRoundLeft : from <= round;
    if (allowed && present(steps[i].selector)) return i;
  }
  return null;
}

/** Whether the tour is over: skipped, every tip seen, or past its last round. */
export function tourOver(
  steps: readonly CoachStep[],
  progress: CoachProgress,
  round: number | null,
  lastRound: number,
): boolean {
  if (progress.done) return true;
  if (round !== null && round > lastRound) return true;
  return steps.every((_, i) => progress.seen.includes(i));
}
