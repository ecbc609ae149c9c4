/** The console's results: every finished team's result code, verified here by replaying it exactly as the
 * offline instructor page does (so it can be pasted there later), the session's CSV, and a team's debrief. */

import { html, nothing, type TemplateResult } from 'lit-html';
import { type Verification, verifyCode } from '../../engine/classroom';
import { plainScore } from '../../engine/words/plain';
import type { ConsoleTeam } from '../../net/protocol';
import { mountDebrief, type ReplayedCode, replayCode } from '../live/code-debrief';
import type { MountSlot } from '../live/mount-slot';

const verified = new Map<string, Verification>();

/** The verification of a code, computed once per code. */
function verificationOf(code: string): Verification {
  let result = verified.get(code);
  if (!result) {
    result = verifyCode(code);
    verified.set(code, result);
  }
  return result;
}

/** What the results panel needs. */
export interface ResultsProps {
  teams: readonly ConsoleTeam[];
  debriefTeam: string | null;
  debriefSlot: MountSlot;
  csvProblem: string | null;
  onCsv(): void;
  onDebrief(teamId: string | null): void;
}

const replayed = new Map<string, ReplayedCode | string>();

/** A team's debrief: its code is decoded and replayed once (the console redraws at every message, the timer's
 * included), the debrief built when the slot shows another code. */
function debriefElement(team: ConsoleTeam, slot: MountSlot): HTMLElement | string {
  const code = team.resultCode ?? '';
  let game = replayed.get(code);
  if (!game) {
    game = replayCode(code);
    replayed.set(code, game);
  }
  if (typeof game === 'string') return game;
  const ready = game;
  return slot.show(code, () => mountDebrief(ready));
}

/** Draws the results panel (nothing until a team has finished). */
export function resultsView(p: ResultsProps): TemplateResult {
  const done = p.teams.filter((t) => t.resultCode);
  const open = p.teams.find((t) => t.teamId === p.debriefTeam && t.resultCode);
  if (!open) p.debriefSlot.clear();
  const debrief = open ? debriefElement(open, p.debriefSlot) : null;
  return html`<section class="panel console-results" aria-labelledby="results-heading">
    <h2 id="results-heading">Results</h2>
    <div class="actions">
      <button class="btn" type="button" @click=${p.onCsv}>Download the CSV</button>
    </div>
    <p class="status-line error-text" role="alert">${p.csvProblem ?? ''}</p>
    ${
      done.length === 0
        ? html`<p class="muted">Each team's result code appears here when its game ends; it verifies offline on the instructor page too.</p>`
        : html`<ul class="console-codes">
          ${done.map((team) => {
            const check = verificationOf(team.resultCode ?? '');
            return html`<li>
              <p>
                <strong>${team.name}</strong> ·
                ${check.ok ? html`<span class="console-ok">verified, score ${plainScore(check.entry.total)}</span>` : html`<span class="error-text">refused: ${check.message}</span>`}
              </p>
              <label class="sopf-sr" for=${`code-${team.teamId}`}>Result code of ${team.name}</label>
              <textarea id=${`code-${team.teamId}`} class="result-code" readonly rows="2" spellcheck="false" .value=${team.resultCode ?? ''}></textarea>
            </li>`;
          })}
        </ul>`
    }
    ${
      open
        ? html`<div class="console-debrief">
          <div class="actions">
            <h2>Debrief of ${open.name}</h2>
            <button class="btn btn-quiet" type="button" @click=${() => p.onDebrief(null)}>Close the debrief</button>
          </div>
          ${typeof debrief === 'string' ? html`<p class="error-text">${debrief}</p>` : debrief}
        </div>`
        : nothing
    }
  </section>`;
}
