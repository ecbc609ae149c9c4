/** End of game: the result code (copy, download) and the debrief: score, causes, lessons, charts, players. */
import { recordOf } from '../../engine';
import { encodeResultCode } from '../../engine/codes';
import { seatNames } from '../../store/seats';
import { createDebrief } from '../debrief';
import { button, h, heading, statusLine } from '../dom';
import { downloadText } from '../download';
import { resultFileName, resultFileText } from '../present/result-file';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame } from './game-context';

/** Mounts the final results of the saved game. */
export function endGameScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  const { saved, game } = currentGame(ctx);
  const record = recordOf(saved.record, saved.record.actions, game);
  const code = encodeResultCode(record);
  const debrief = createDebrief({
    state: game,
    record,
    players: seatNames(saved.meta),
  });
  const status = statusLine();
  const codeBox = h('textarea', {
    className: 'result-code',
    attrs: { id: 'result-code', readonly: '', rows: '4', spellcheck: 'false' },
  });
  codeBox.value = code;
  const copy = button('Copy result code', async () => {
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = 'Result code copied.';
    } catch {
      codeBox.select();
      status.textContent = 'Select the code and copy it (Ctrl+C).';
    }
  });
  const download = button('Download result file', () => {
    downloadText(resultFileName(record), resultFileText(record), 'application/json');
    status.textContent = 'Result file downloaded.';
  });
  const again = button(
    'Play again',
    () => store.getState().showScreen('newGame'),
    'btn btn-primary btn-large',
  );
  const element = h(
    'section',
    { className: 'screen end-screen', attrs: { 'aria-labelledby': 'end-heading' } },
    [
      Object.assign(heading('Final results'), { id: 'end-heading' }),
      h('div', { className: 'panel result-panel' }, [
        h('h2', { text: 'Your result' }),
        h('p', {
          text: 'Hand this code (or the file) to your instructor; it lets anyone replay and verify your game.',
        }),
        h('label', { text: 'Result code', attrs: { for: 'result-code' } }),
        codeBox,
        h('div', { className: 'actions' }, [copy, download]),
        status,
      ]),
      debrief.element,
      h('div', { className: 'actions' }, [again]),
    ],
  );
  return {
    element,
    destroy: () => debrief.destroy(),
  };
}
