/** The console's live leaderboard: every team ranked by score (profit breaks ties) with its month, step, whom
 * it waits for and its players; a team's months so far open from its row while it plays, its debrief once it
 * has finished. */

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Phase } from '../../engine/types';
import { formatMoney } from '../../engine/words/formats';
import { plainScore } from '../../engine/words/plain';
import { ROLE_NAMES } from '../../engine/words/roles';
import type { ConsoleTeam } from '../../net/protocol';

const STEP_WORDS: Record<Phase, string> = {
  briefing: 'Briefing',
  sales: "Sales' turn",
  ops: "Operations' turn",
  consensus: 'Consensus meeting',
  execution: 'Playing the month',
  report: 'Round report',
  finished: 'Finished',
};

/** The teams best first: score, then profit, then name. */
export function rankTeams(teams: readonly ConsoleTeam[]): ConsoleTeam[] {
  return [...teams].sort(
    (a, b) => b.score - a.score || b.profitCents - a.profitCents || a.name.localeCompare(b.name),
  );
}

/** "Sales — Ana" or "—". */
export function waitingWords(team: ConsoleTeam): string {
  if (team.finished) return 'Done';
  return team.waitingFor ? `${ROLE_NAMES[team.waitingFor.role]} — ${team.waitingFor.name}` : '—';
}

/** Months whose outcome is known: the current one once its report is out. */
export function monthsPlayed(team: Pick<ConsoleTeam, 'month' | 'phase'>): number {
  return team.phase === 'report' || team.phase === 'finished' ? team.month : team.month - 1;
}

/** The step a team is at, in words. */
export function stepWords(team: ConsoleTeam): string {
  return STEP_WORDS[team.phase] ?? team.phase;
}

function players(team: ConsoleTeam): TemplateResult {
  return html`${team.players.map(
    (p, i) =>
      html`${i > 0 ? ', ' : ''}<span class=${p.connected ? 'roster-on' : 'roster-off'}
        >${p.name}${p.bot ? ' (bot)' : p.connected ? '' : ' (away)'}</span
      >`,
  )}`;
}

/** Draws the leaderboard. */
export function teamsTable(
  teams: readonly ConsoleTeam[],
  rounds: number,
  onDebrief: (teamId: string) => void,
  onProgress: (teamId: string) => void,
): TemplateResult {
  if (teams.length === 0)
    return html`<section class="panel"><h2>Teams</h2><p class="muted">No team yet. Players appear here as they join.</p></section>`;
  return html`<section class="panel console-teams" aria-labelledby="teams-heading">
    <h2 id="teams-heading" tabindex="-1">Teams, live</h2>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Teams, live">
      <table class="data-table console-table">
        <caption class="sopf-sr">Every team's progress and score, best first</caption>
        <thead>
          <tr>
            <th scope="col">#</th><th scope="col">Team</th><th scope="col">Month</th><th scope="col">Step</th>
            <th scope="col">Waiting for</th><th scope="col">Score</th><th scope="col">Alignment</th>
            <th scope="col">Balance</th><th scope="col">Execution</th><th scope="col">Profit</th>
            <th scope="col">Players</th><th scope="col"><span class="sopf-sr">Debrief</span></th>
          </tr>
        </thead>
        <tbody>
          ${rankTeams(teams).map(
            (team, i) => html`<tr>
              <td>${i + 1}</td>
              <th scope="row">${team.name}</th>
              <td>${team.month} / ${rounds}</td>
              <td class="console-text">${stepWords(team)}</td>
              <td class="console-text">${waitingWords(team)}</td>
              ${
                monthsPlayed(team) === 0
                  ? html`<td>—</td><td>—</td><td>—</td><td>—</td><td>—</td>`
                  : html`<td>${plainScore(team.score)}</td>
                    <td>${plainScore(team.alignment)}</td>
                    <td>${plainScore(team.balance)}</td>
                    <td>${plainScore(team.execution)}</td>
                    <td>${formatMoney(team.profitCents)}</td>`
              }
              <td class="console-text console-players">${players(team)}</td>
              <td>
                ${
                  team.resultCode
                    ? html`<button class="btn btn-quiet" type="button" @click=${() => onDebrief(team.teamId)}>
                      Debrief<span class="sopf-sr"> of ${team.name}</span>
                    </button>`
                    : monthsPlayed(team) > 0
                      ? html`<button class="btn btn-quiet" type="button" @click=${() => onProgress(team.teamId)}>
                        Months so far<span class="sopf-sr"> of ${team.name}</span>
                      </button>`
                      : nothing
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
