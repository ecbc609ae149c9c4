/** The end of a live game: the team's result code (the whole record, verifiable offline exactly as today) and
 * the game's own debrief, rebuilt on the device by replaying that record. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { LiveState } from '../../net/live-store';
import type { SeatMessage } from '../../net/protocol';
import { mountDebrief, replayCode } from './code-debrief';
import type { Mounted } from './mount-slot';

/** The debrief kept across redraws, for one result code. */
export interface FinishedSlot {
  key: string;
  mounted: Mounted | null;
  /** Why the debrief cannot be shown, if it cannot. */
  problem: string | null;
}

/** The debrief of a result code, or why it cannot be shown. */
function buildDebrief(code: string): Mounted | string {
  const replayed = replayCode(code);
  return typeof replayed === 'string' ? replayed : mountDebrief(replayed);
}

/** Draws the end screen (the debrief is built once per result code). */
export function finishedView(_state: LiveState, seat: SeatMessage, slot: FinishedSlot): TemplateResult {
  const code = seat.resultCode;
  if (code && slot.key !== code) {
    slot.mounted?.destroy();
    const built = buildDebrief(code);
    slot.key = code;
    slot.mounted = typeof built === 'string' ? null : built;
    slot.problem = typeof built === 'string' ? built : null;
  }
  const { problem } = slot;
  const copy = async (event: Event) => {
    const status = (event.target as HTMLElement).closest('.result-panel')?.querySelector('.status-line');
    try {
      await navigator.clipboard.writeText(code ?? '');
      if (status) status.textContent = 'Result code copied.';
    } catch {
      if (status) status.textContent = 'Select the code and copy it (Ctrl+C).';
    }
  };
  return html`<h1 class="screen-heading" tabindex="-1" id="end-heading">Final results · ${seat.teamName}</h1>
    ${
      code
        ? html`<div class="panel result-panel">
          <h2>Your team's result</h2>
          <p>Your instructor already has this code; keep it to verify your game offline at any time.</p>
          <label for="result-code">Result code</label>
          <textarea id="result-code" class="result-code" readonly rows="4" spellcheck="false" .value=${code}></textarea>
          <div class="actions"><button class="btn" type="button" @click=${copy}>Copy result code</button></div>
          <p class="status-line" role="status"></p>
        </div>`
        : html`<p class="lead" role="status">The game is over; the result is being prepared.</p>`
    }
    ${problem ? html`<p class="error-text">${problem}</p>` : nothing}
    ${slot.mounted ? slot.mounted.element : nothing}`;
}
