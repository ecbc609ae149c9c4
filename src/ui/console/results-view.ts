/** The console's results: every finished team's result code, verified here by replaying it exactly as the
 * offline instructor page does (so it can be pasted there later), the session's CSV, and a team's debrief. */

import { html, nothing, type TemplateResult } from 'lit-html';
import { replay } from '../../engine';
import { type Verification, verifyCode } from '../../engine/classroom';
import { decodeResultCode } from '../../engine/codes';
import { plainScore } from '../../engine/words/plain';
import type { ConsoleTeam } from '../../net/protocol';
import { createDebrief } from '../debrief';
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

function debriefElement(team: ConsoleTeam, slot: MountSlot): HTMLElement | string {
  const code = team.resultCode ?? '';
  const record = decodeResultCode(code);
  if (!record.ok) return `The result code could not be read: ${record.error}`;
  const state = replay(record.value);
  if (!state.ok) return `The game could not be replayed: ${state.error}`;
  return slot.show(code, () => {
    const debrief = createDebrief({
      state: state.value,
      record: record.value,
      players: record.value.team?.players ?? [],
    });
    return { element: debrief.element, destroy: () => debrief.destroy() };
  });
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
