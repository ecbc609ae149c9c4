/** End of game: the result code (copy, download) and the debrief (score, causes, lessons, charts, players), which
 * this lit-html screen hosts as one element built once (its charts are canvases). */
import { html } from 'lit-html';
import { recordOf } from '../../engine';
import { encodeResultCode } from '../../engine/codes';
import { seatNames } from '../../store/seats';
import { createDebrief } from '../debrief';
import { downloadText } from '../download';
import { resultFileName, resultFileText } from '../present/result-file';
import type { ScreenContext, ScreenHandle } from '../screen';
import { screenHeading, statusView } from '../view-parts';
import { local, viewScreen } from '../view-screen';
import { currentGame } from './game-context';

/** Mounts the final results of the saved game. */
export function endGameScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  const { saved, game } = currentGame(ctx);
  // The game is over: its record, code and debrief no longer change while this screen is up.
  const record = recordOf(saved.record, saved.record.actions, game);
  const code = encodeResultCode(record);
  const debrief = createDebrief({ state: game, record, players: seatNames(saved.meta) });
  const status = local('', () => screen.redraw());
  const copy = async (event: Event) => {
    try {
      await navigator.clipboard.writeText(code);
      status.set('Result code copied.');
    } catch {
      (event.target as Element).closest('.result-panel')?.querySelector('textarea')?.select();
      status.set('Select the code and copy it (Ctrl+C).');
    }
  };
  const screen = viewScreen(ctx, {
    className: 'end-screen',
    labelledBy: 'end-heading',
    view: () => html`${screenHeading('end-heading', 'Final results')}
      <div class="panel result-panel">
        <h2>Your result</h2>
        <p>Hand this code (or the file) to your instructor; it lets anyone replay and verify your game.</p>
        <label for="result-code">Result code</label>
        <textarea class="result-code" id="result-code" readonly rows="4" spellcheck="false" .value=${code}></textarea>
        <div class="actions">
          <button type="button" class="btn" @click=${copy}>Copy result code</button>
          <button
            type="button"
            class="btn"
            @click=${() => {
              downloadText(resultFileName(record), resultFileText(record), 'application/json');
              status.set('Result file downloaded.');
            }}
          >
            Download result file
          </button>
        </div>
        ${statusView(status.value, 'status-line')}
      </div>
      ${debrief.element}
      <div class="actions">
        <button type="button" class="btn btn-primary btn-large" @click=${() => store.getState().showScreen('newGame')}>
          Play again
        </button>
      </div>`,
    destroy: () => debrief.destroy(),
  });
  return screen;
}
