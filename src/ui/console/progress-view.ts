/**
 * A team's months so far, opened from the console's leaderboard while the game runs: the same debrief the
 * team will see at the end (score so far, what cost points and why, lessons, charts), built from the
 * team's record as it stands, to coach a team that struggles. Refresh fetches the latest months.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { TeamProgress } from '../../net/team-record';
import { createDebrief } from '../debrief';
import type { MountSlot } from '../live/mount-slot';

/** What the console knows of the team it opened. */
export type ProgressState =
  | { teamId: string; teamName: string; status: 'loading' }
  | { teamId: string; teamName: string; status: 'failed'; message: string }
  | { teamId: string; teamName: string; status: 'ready'; progress: TeamProgress };

/** What the panel needs. */
export interface ProgressProps {
  progress: ProgressState | null;
  slot: MountSlot;
  onRefresh(teamId: string): void;
  onClose(): void;
}

/** The months played in a progress, in words: "3 months played" / "the game is over". */
export function progressWords(progress: TeamProgress): string {
  if (progress.finished) return 'The game is over: this is the final debrief.';
  const months = progress.state.history.length;
  if (months === 0) return 'No month has been played yet.';
  return `${months} ${months === 1 ? 'month' : 'months'} played of ${progress.state.settings.rounds} so far.`;
}

function debriefOf(p: ProgressProps, progress: TeamProgress, key: string): HTMLElement {
  // A debrief handle is a mounted component (its element and destroy).
  return p.slot.show(key, () =>
    createDebrief({
      state: progress.state,
      record: progress.record,
      players: progress.record.team?.players ?? [],
      hideSeed: !progress.finished,
    }),
  );
}

/** Draws the panel (nothing while no team is open). */
export function progressPanel(p: ProgressProps): TemplateResult | typeof nothing {
  const open = p.progress;
  if (!open) {
    p.slot.clear();
    return nothing;
  }
  const body =
    open.status === 'loading'
      ? html`<p role="status">Loading ${open.teamName}'s months…</p>`
      : open.status === 'failed'
        ? html`<p class="error-text" role="alert">${open.message}</p>`
        : html`<p class="muted">${progressWords(open.progress)}</p>
          ${debriefOf(p, open.progress, `${open.teamId}:${open.progress.record.actions.length}`)}`;
  if (open.status !== 'ready') p.slot.clear();
  return html`<section class="panel console-progress" aria-labelledby="progress-heading">
    <div class="actions">
      <h2 id="progress-heading" tabindex="-1">Months so far · ${open.teamName}</h2>
      <button class="btn" type="button" @click=${() => p.onRefresh(open.teamId)}>Refresh</button>
      <button class="btn btn-quiet" type="button" @click=${p.onClose}>Close</button>
    </div>
    ${body}
  </section>`;
}
