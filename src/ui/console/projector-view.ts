/**
 * The console on the room's projector: the join code and its QR code large enough to read from the back
 * row while teams join, and every team's standing in large type — month, step and score — ranked as the
 * console ranks them. Nothing private is shown (no result codes, no console link, no players' secrets).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { plainScore } from '../../engine/words/plain';
import type { ConsoleSession, ConsoleTeam } from '../../net/protocol';
import { qrImage } from './join-card';
import { monthsPlayed, rankTeams, stepWords } from './teams-table';

/** What the projector view draws. */
export interface ProjectorProps {
  session: ConsoleSession;
  teams: readonly ConsoleTeam[];
  joinLink: string;
  onClose(): void;
  redraw(): void;
}

/** The heading line over the standings: how far the session is. */
export function standingsTitle(session: ConsoleSession, teams: readonly ConsoleTeam[]): string {
  if (session.status === 'ended' || (teams.length > 0 && teams.every((t) => t.finished)))
    return 'Final standings';
  if (session.status === 'waiting') return 'Teams so far';
  return session.paused ? 'Standings (paused)' : 'Standings';
}

/** Whether players may still join: the code is shown until the session ends. */
export function joinOpen(session: ConsoleSession): boolean {
  return session.status !== 'ended';
}

function standings(session: ConsoleSession, teams: readonly ConsoleTeam[]): TemplateResult {
  if (teams.length === 0) return html`<p class="projector-empty">Teams appear here as they join.</p>`;
  return html`<ol class="projector-teams">
    ${rankTeams(teams).map(
      (team, i) => html`<li class="projector-team">
        <span class="projector-rank" aria-hidden="true">${i + 1}</span>
        <span class="projector-name">${team.name}</span>
        <span class="projector-step">${
          team.finished ? 'Finished' : `Month ${team.month} of ${session.rounds} · ${stepWords(team)}`
        }</span>
        <span class="projector-score">${monthsPlayed(team) === 0 ? '—' : plainScore(team.score)}</span>
      </li>`,
    )}
  </ol>`;
}

/** Draws the projector view (Escape or the button goes back to the console). */
export function projectorView(p: ProjectorProps): TemplateResult {
  const { session, teams } = p;
  const open = joinOpen(session);
  const qr = open ? qrImage(p.joinLink, p.redraw) : null;
  return html`<section
    class="projector"
    aria-labelledby="projector-heading"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') p.onClose();
    }}
  >
    <div class="projector-bar">
      <h1 id="projector-heading" class="projector-title" tabindex="-1">${session.name}</h1>
      <button class="btn btn-quiet" type="button" @click=${p.onClose}>Back to the console</button>
    </div>
    <div class=${open ? 'projector-grid' : 'projector-grid projector-grid-ended'}>
      ${
        open
          ? html`<div class="projector-join">
            <p class="projector-join-label">Join at <strong>${p.joinLink.replace(/\?.*$/, '')}</strong> with the code</p>
            <p class="projector-code">${session.joinCode}</p>
            ${qr ? html`<img class="projector-qr" src=${qr} width="280" height="280" alt="QR code of the join link" />` : nothing}
            <p class="projector-join-label">or scan the code with your phone's camera.</p>
          </div>`
          : nothing
      }
      <div class="projector-standings">
        <h2 class="projector-subtitle">${standingsTitle(session, teams)}</h2>
        <p class="projector-scenario">${session.scenarioName} · ${session.rounds} months · score out of 100</p>
        ${standings(session, teams)}
      </div>
    </div>
  </section>`;
}
