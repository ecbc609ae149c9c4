/** End of game: the final score in three parts, charts by month, each player's figures, the result code. */
import { gameScore, recordOf } from '../../engine';
import { encodeResultCode } from '../../engine/codes';
import { button, h, heading, statusLine, textTable } from '../dom';
import { formatMoney } from '../forms/format';
import { createGauge } from '../gauge';
import { createLineChart } from '../line-chart';
import { playerFigures, playerTable, productChart } from '../present/end-model';
import { scoreTone } from '../present/report-model';
import { resultFileName, resultFileText } from '../present/result-file';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame } from './game-context';

/** Mounts the final results of the saved game. */
export function endGameScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  const { saved, game } = currentGame(ctx);
  const { prefs } = store.getState();
  const score = gameScore(game);
  const record = recordOf(saved.record, saved.record.actions, game);
  const code = encodeResultCode(record);
  const gauges = (
    [
      ['alignment', 'Alignment', score.alignment, 'Did the supply plans cover the demand plans?'],
      ['balance', 'Balance', score.balance, 'Did supply meet demand without waste?'],
      ['execution', 'Execution', score.execution, 'Were the plans carried out?'],
    ] as const
  ).map(([id, label, value, question]) =>
    createGauge({
      id,
      label,
      value: value / 100,
      valueText: `${Math.round(value)} / 100`,
      tone: scoreTone(value / 100),
      parts: [],
      question,
    }),
  );
  const charts = game.scenario.products.map((p) =>
    createLineChart(productChart(game.history, p.id, p.name, prefs.colourSafe)),
  );
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
    const url = URL.createObjectURL(new Blob([resultFileText(record)], { type: 'application/json' }));
    const link = h('a', { attrs: { href: url, download: resultFileName(record) } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
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
      h('p', { className: 'final-score' }, [
        h('span', { className: 'final-label', text: `${saved.meta.teamName} scored ` }),
        h('strong', { text: `${Math.round(score.total)} / 100` }),
        h('span', { text: ` over ${score.months} months · profit ${formatMoney(score.profitCents)}` }),
      ]),
      h('div', { className: 'gauges' }, gauges),
      h('h2', { text: 'Month by month' }),
      h(
        'div',
        { className: 'charts' },
        charts.map((c) => c.element),
      ),
      h('h2', { text: 'Each player in each role' }),
      textTable(playerTable(playerFigures(game, saved.meta))),
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
      h('div', { className: 'actions' }, [again]),
    ],
  );
  return {
    element,
    mounted: () => {
      for (const c of charts) c.mounted();
    },
    destroy: () => {
      for (const c of charts) c.destroy();
    },
  };
}
