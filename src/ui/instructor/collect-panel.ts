/** Panel 2, collect results: which session they are checked against, a box to paste many codes, a drop zone
 * and file picker for result files, and the list of everything collected (valid, refused with the reason, or
 * a duplicate), with Remove and Clear. */

import { MAX_FILE_BYTES, MAX_PASTE_CHARS, REFUSAL_LABELS } from '../../engine/classroom';
import { plainScore } from '../../engine/words/plain';
import { duplicatesOf } from './collection';
import { button, clear, el, field, input } from './el';
import type { InstructorStore } from './state';

/** What the panel asks the page to do. */
export interface CollectActions {
  importText(text: string): Promise<void>;
  importFiles(files: readonly File[]): Promise<void>;
  openSession(code: string): string | null;
  collectWithoutSession(): void;
  remove(id: number): void;
  clearAll(): void;
}

/** Builds the panel; it redraws itself from the store. */
export function collectPanel(store: InstructorStore, actions: CollectActions): HTMLElement {
  const sessionLine = el('p', { className: 'ins-session-line' });
  const sessionCode = input({ spellcheck: 'false', autocomplete: 'off', placeholder: 'SOPS1.…' });
  const sessionField = field('Collect for another session (paste its session code)', sessionCode);
  const openButton = button('Open session', () => {
    const problem = actions.openSession(sessionCode.value);
    sessionField.setError(problem);
    if (!problem) sessionCode.value = '';
  });
  const noSessionButton = button(
    'Collect without a session',
    () => actions.collectWithoutSession(),
    'ins-btn ins-btn-quiet',
  );

  const paste = el('textarea', {
    attrs: { rows: '6', spellcheck: 'false', placeholder: 'SOPR1.…\nSOPR1.…' },
  });
  const pasteField = field(
    'Result codes, one per line',
    paste,
    'Paste as many as you like; each line is checked by replaying the game.',
  );
  const verifyButton = button(
    'Verify pasted codes',
    async () => {
      if (paste.value.trim() === '') {
        pasteField.setError('Paste at least one result code first.');
        return;
      }
      if (paste.value.length > MAX_PASTE_CHARS) {
        pasteField.setError(
          `Too much text at once (at most ${MAX_PASTE_CHARS / 1024 / 1024} MB): paste it in parts.`,
        );
        return;
      }
      pasteField.setError(null);
      await actions.importText(paste.value);
      paste.value = '';
    },
    'ins-btn ins-btn-primary',
  );

  const fileInput = el('input', {
    attrs: {
      type: 'file',
      multiple: '',
      accept: '.json,.txt,application/json,text/plain',
      id: 'result-files',
    },
  });
  fileInput.addEventListener('change', async () => {
    const files = Array.from(fileInput.files ?? []);
    fileInput.value = '';
    if (files.length) await actions.importFiles(files);
  });
  const drop = el('div', { className: 'ins-drop' }, [
    el('p', {
      text: `Drop result files here (JSON result files or text files of codes, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each), or`,
    }),
    el('label', { className: 'ins-btn', text: 'Choose result files…', attrs: { for: 'result-files' } }),
    fileInput,
  ]);
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', async (event) => {
    event.preventDefault();
    drop.classList.remove('is-over');
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) await actions.importFiles(files);
  });

  const progress = el('progress', { attrs: { max: '1', value: '0', 'aria-label': 'Verifying results' } });
  const progressLine = el('p', { className: 'ins-progress', attrs: { role: 'status' } }, [progress]);
  const summary = el('p', { className: 'ins-summary', attrs: { 'aria-live': 'polite' } });
  const list = el('div', { className: 'ins-results' });
  const clearBox = el('div', { className: 'ins-clear' });

  const draw = () => {
    const state = store.getState();
    const session = state.session;
    sessionLine.textContent = session
      ? `Collecting results for the session “${session.config.name}” (${session.config.rounds} rounds, seed “${session.config.seed}”): results of other sessions are refused.`
      : 'No session chosen: results of any game are accepted. Create or open a session to refuse results from other sessions.';
    noSessionButton.hidden = session === null;
    progressLine.hidden = state.progress === null;
    if (state.progress) {
      progress.max = Math.max(1, state.progress.total);
      progress.value = state.progress.done;
      progress.setAttribute('aria-valuetext', `${state.progress.done} of ${state.progress.total}`);
    }
    verifyButton.disabled = state.progress !== null;
    drawList(list, store, actions);
    const valid = state.results.filter((r) => r.verification.ok).length;
    const duplicates = duplicatesOf(state.results).filter((d) => d !== null).length;
    summary.textContent = state.results.length
      ? `${state.results.length} collected: ${valid - duplicates} verified, ${state.results.length - valid} refused, ${duplicates} duplicate${duplicates === 1 ? '' : 's'}.`
      : 'No results collected yet.';
    drawClear(clearBox, state.results.length, actions);
  };
  store.subscribe((state, previous) => {
    if (
      state.results !== previous.results ||
      state.progress !== previous.progress ||
      state.session !== previous.session
    )
      draw();
  });
  draw();

  return el('div', { className: 'ins-collect' }, [
    el('div', { className: 'ins-session-bar' }, [
      sessionLine,
      el('div', { className: 'ins-row ins-row-end' }, [sessionField.element, openButton, noSessionButton]),
    ]),
    el('div', { className: 'ins-two-col' }, [
      el('div', {}, [pasteField.element, el('div', { className: 'ins-actions' }, [verifyButton])]),
      drop,
    ]),
    progressLine,
    summary,
    list,
    clearBox,
  ]);
}

function drawList(list: HTMLElement, store: InstructorStore, actions: CollectActions) {
  clear(list);
  const { results } = store.getState();
  if (results.length === 0) return;
  const duplicates = duplicatesOf(results);
  const rows = results.map((result, index) => {
    const v = result.verification;
    const duplicate = duplicates[index];
    const status = !v.ok
      ? `Refused: ${REFUSAL_LABELS[v.reason]}`
      : duplicate !== null
        ? `Duplicate of #${duplicate + 1}`
        : 'Verified';
    const tone = !v.ok ? 'refused' : duplicate !== null ? 'duplicate' : 'valid';
    return el('tr', { className: `is-${tone}` }, [
      el('td', { text: String(index + 1) }),
      el('td', { className: 'ins-source', text: result.source }),
      el('td', {}, [el('span', { className: `ins-badge ins-badge-${tone}`, text: status })]),
      el('td', { text: v.ok ? v.entry.team : v.team ? `${v.team} (claimed)` : '–' }),
      el('td', { className: 'ins-num', text: v.ok ? plainScore(v.entry.total) : '–' }),
      el('td', {
        className: 'ins-reason',
        text: v.ok
          ? duplicate !== null
            ? 'The same game was collected before; it counts once.'
            : `${v.entry.months} months replayed; the claimed score matches.`
          : v.message,
      }),
      el('td', {}, [
        button('Remove', () => actions.remove(result.id), 'ins-btn ins-btn-small', {
          'aria-label': `Remove result #${index + 1} (${v.ok ? v.entry.team : result.source})`,
        }),
      ]),
    ]);
  });
  list.append(
    el('table', { className: 'ins-table' }, [
      el('caption', { text: 'Collected results, in the order they came in' }),
      el('thead', {}, [
        el(
          'tr',
          {},
          ['#', 'Source', 'Status', 'Team', 'Score', 'Details', 'Action'].map((h) =>
            el('th', { text: h, attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
  );
}

function drawClear(box: HTMLElement, count: number, actions: CollectActions) {
  clear(box);
  if (count === 0) return;
  const ask = button(
    `Clear all ${count} results of this session…`,
    () => {
      clear(box);
      const yes = button('Yes, clear them', () => actions.clearAll(), 'ins-btn ins-btn-danger');
      box.append(
        el('p', {
          className: 'ins-warn',
          text: `Remove all ${count} collected results of this session? This cannot be undone.`,
          attrs: { role: 'alert' },
        }),
        el('div', { className: 'ins-actions' }, [
          yes,
          button('Cancel', () => drawClear(box, count, actions)),
        ]),
      );
      yes.focus();
    },
    'ins-btn ins-btn-quiet',
  );
  box.append(ask);
}
