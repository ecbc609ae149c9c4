/** The instructor's live console as one view: the join card, the controls, the live leaderboard and the
 * results, drawn from the console store (the small forms' text lives there too). */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { ConsoleState } from '../../net/console-store';
import type { MountSlot } from '../live/mount-slot';
import { controlsView } from './controls';
import { joinLink } from './create-model';
import { joinCard } from './join-card';
import { type ProgressState, progressPanel } from './progress-view';
import { projectorView } from './projector-view';
import { resultsView } from './results-view';
import { teamsTable } from './teams-table';

/** What the page needs besides the store. */
export interface ConsolePageDeps {
  origin: string;
  consoleLink: string;
  debriefSlot: MountSlot;
  /** The team whose months so far are open (fetched from the server), and where its debrief is mounted. */
  progress: ProgressState | null;
  progressSlot: MountSlot;
  onProgress(teamId: string): void;
  onCloseProgress(): void;
  /** Page-level lines (copy status, CSV problem) kept by the composition root. */
  copyStatus: string;
  csvProblem: string | null;
  onCopyStatus(text: string): void;
  onCsv(): void;
  /** The projector view is shown instead of the console. */
  projector: boolean;
  onProjector(on: boolean): void;
  redraw(): void;
}

/** Draws the console. */
export function consolePage(state: ConsoleState, deps: ConsolePageDeps): TemplateResult {
  const { session } = state;
  if (!session)
    return html`<h1 class="screen-heading" tabindex="-1">Live console</h1>
      <p class="lead" role="status">${state.problem ?? (state.connection === 'closed' ? 'Not connected.' : 'Connecting to the session…')}</p>
      ${state.problem ? html`<p><a href="./console.html">Create a new live session</a></p>` : nothing}`;
  const link = joinLink(deps.origin, session.joinCode);
  if (deps.projector)
    return projectorView({
      session,
      teams: state.teams,
      joinLink: link,
      onClose: () => deps.onProjector(false),
      redraw: deps.redraw,
    });
  return html`<div class="console-head">
      <h1 class="screen-heading" tabindex="-1">${session.name}</h1>
      <p class="lead">
        ${session.scenarioName} · ${session.rounds} months · teams of up to ${session.teamSize} ·
        <span class=${`live-connection live-connection-${state.connection}`}>${state.connection === 'connected' ? 'Live' : 'Reconnecting…'}</span>
      </p>
      <button class="btn" type="button" id="projector-open" @click=${() => deps.onProjector(true)}>
        Show on the projector
      </button>
    </div>
    <div class="console-grid">
      ${joinCard({
        joinCode: session.joinCode,
        joinLink: link,
        consoleLink: deps.consoleLink,
        status: deps.copyStatus,
        onStatus: deps.onCopyStatus,
        redraw: deps.redraw,
      })}
      ${controlsView(state, session)}
    </div>
    ${teamsTable(state.teams, session.rounds, (teamId) => state.openDebrief(teamId), deps.onProgress)}
    ${progressPanel({
      progress: deps.progress,
      slot: deps.progressSlot,
      onRefresh: deps.onProgress,
      onClose: deps.onCloseProgress,
    })}
    ${resultsView({
      teams: state.teams,
      debriefTeam: state.debriefTeam,
      debriefSlot: deps.debriefSlot,
      csvProblem: deps.csvProblem,
      onCsv: deps.onCsv,
      onDebrief: state.openDebrief,
    })}`;
}
