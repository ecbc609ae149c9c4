/** The instructor's page (instructor.html): create a session, collect and verify results, the leaderboard
 * with each team's debrief, team comparison charts, CSV export and the scenario editor. Offline, no account. */
import { fileInputs, MAX_FILE_BYTES, pastedInputs, type VerifyInput } from '../../engine/classroom';
import { decodeSessionCode, type SessionConfig, sessionId } from '../../engine/codes';
import { collectPanel } from './collect-panel';
import {
  type CollectedResult,
  CURRENT_SESSION_KEY,
  loadStored,
  mergeInOrder,
  resultsKey,
  safeStorage,
  saveStored,
  verifyInputs,
} from './collection';
import { comparePanel } from './compare-panel';
import { debriefPanel } from './debrief-panel';
import { readFileText } from './download';
import { editorPanel } from './editor-panel';
import { el } from './el';
import { leaderboardPanel } from './leaderboard-panel';
import { sessionPanel } from './session-panel';
import { createInstructorStore, type TabId } from './state';
import { tabs } from './tabs';

const store = createInstructorStore();
const storage = safeStorage();
const status = el('p', { className: 'ins-status', attrs: { role: 'status', 'aria-live': 'polite' } });
const storageWarning = el('p', { className: 'ins-warn', attrs: { role: 'alert' } });
storageWarning.hidden = true;
/** Tells screen-reader users (and everyone, in the status line) what just happened. */
function announce(text: string): void {
  status.textContent = text;
}

let generation = 0;
let refusedId = -1;

/** Makes a session current and loads its stored results (verified again). */
async function useSession(config: SessionConfig | null, code: string | null): Promise<void> {
  const mine = ++generation;
  const stored = loadStored(storage, resultsKey(config));
  store.setState({
    session: config && code ? { config, code, id: sessionId(config) } : null,
    results: [],
    selected: null,
    progress: null,
  });
  try {
    if (code) storage.setItem(CURRENT_SESSION_KEY, code);
    else storage.removeItem(CURRENT_SESSION_KEY);
  } catch {
    /* storage unavailable: the warning appears on the first save */
  }
  if (stored.inputs.length === 0 && stored.refused.length === 0) return;
  store.setState({ progress: { done: 0, total: stored.inputs.length } });
  const verified = await verifyInputs(stored.inputs, config, (done, total) => {
    if (mine === generation) store.setState({ progress: { done, total } });
  });
  if (mine !== generation) return;
  store.setState({ results: mergeInOrder(stored.order, verified, stored.refused), progress: null });
  announce(
    `${verified.length + stored.refused.length} stored results reloaded${stored.damaged ? ' (some stored data was damaged and skipped)' : ''}.`,
  );
}

/** Verifies new inputs and appends them; collected results are never replaced. */
async function addInputs(inputs: VerifyInput[], refusals: CollectedResult[]): Promise<void> {
  const mine = generation;
  const session = store.getState().session?.config ?? null;
  store.setState({ progress: { done: 0, total: inputs.length } });
  const verified = await verifyInputs(inputs, session, (done, total) => {
    if (mine === generation) store.setState({ progress: { done, total } });
  });
  if (mine !== generation) return;
  const added = [...refusals, ...verified];
  store.setState({ results: [...store.getState().results, ...added], progress: null });
  const valid = added.filter((r) => r.verification.ok).length;
  announce(
    `${added.length} result${added.length === 1 ? '' : 's'} checked: ${valid} valid, ${added.length - valid} refused.`,
  );
}

const refused = (source: string, message: string): CollectedResult => ({
  id: refusedId--,
  source,
  code: null,
  verification: { ok: false, reason: 'corrupt', message },
});

const collect = collectPanel(store, {
  async importText(text) {
    const inputs = pastedInputs(text);
    if (!inputs.ok) return announce(inputs.error);
    if (inputs.value.inputs.length === 0) return announce('No result code found in the pasted text.');
    // Pastes are numbered, so that "paste 2, line 3" names one line of one paste.
    const pastes = store.getState().results.map((r) => Number(/^paste (\d+),/.exec(r.source)?.[1] ?? 0));
    const label = `paste ${Math.max(0, ...pastes) + 1}`;
    await addInputs(
      inputs.value.inputs.map((input) => ({ ...input, source: input.source.replace(/^paste/, label) })),
      [],
    );
  },
  async importFiles(files) {
    const inputs: VerifyInput[] = [];
    const refusals: CollectedResult[] = [];
    for (const file of files) {
      const text = await readFileText(file, MAX_FILE_BYTES);
      const read = text.ok ? fileInputs(file.name, text.value) : text;
      if (!read.ok) refusals.push(refused(file.name, read.error));
      else if (read.value.inputs.length === 0) refusals.push(refused(file.name, 'The file holds no result.'));
      else inputs.push(...read.value.inputs);
    }
    await addInputs(inputs, refusals);
  },
  openSession(code) {
    const decoded = decodeSessionCode(code);
    if (!decoded.ok) return decoded.error;
    void useSession(decoded.value, code.replace(/\s+/g, ''));
    announce(`Now collecting results for the session “${decoded.value.name}”.`);
    return null;
  },
  collectWithoutSession() {
    void useSession(null, null);
    announce('Now collecting results of any game, without a session.');
  },
  remove(id) {
    store.setState({ results: store.getState().results.filter((r) => r.id !== id) });
    announce('Result removed.');
  },
  clearAll() {
    store.setState({ results: [], selected: null });
    announce('All results of this session were cleared.');
  },
});

store.subscribe((state, previous) => {
  // A session switch or a reload in progress is not an edit: only finished changes are stored.
  if (state.results === previous.results || state.session !== previous.session || state.progress !== null)
    return;
  const problem = saveStored(storage, resultsKey(state.session?.config ?? null), state.results);
  storageWarning.textContent = problem ?? '';
  storageWarning.hidden = problem === null;
});

const compare = comparePanel(store);
const panel = (title: string, intro: string, ...children: HTMLElement[]) =>
  el('section', { className: 'ins-panel' }, [
    el('h2', { text: title }),
    el('p', { className: 'ins-intro', text: intro }),
    ...children,
  ]);

const TAB_IDS: TabId[] = ['session', 'results', 'compare', 'editor'];
const fromHash = TAB_IDS.find((id) => `#${id}` === window.location.hash) ?? 'session';
const strip = tabs<TabId>(
  [
    {
      id: 'session',
      label: '1. Session',
      panel: panel(
        'Create a session',
        'Every team in the session plays the same scenario with the same seed and settings. Share the link, the code or the QR code.',
        sessionPanel(store, announce, (config, code) => void useSession(config, code)),
      ),
    },
    {
      id: 'results',
      label: '2. Results & leaderboard',
      panel: panel(
        'Collect results',
        'Each result is verified by replaying the game: a corrupt, edited, unfinished or foreign result is refused with the reason. Collected results are kept in this browser.',
        collect,
        leaderboardPanel(store, announce),
        debriefPanel(store),
      ),
    },
    {
      id: 'compare',
      label: '3. Compare teams',
      panel: panel(
        'Compare teams',
        'Every verified team month by month, for the class debrief.',
        compare.element,
      ),
    },
    {
      id: 'editor',
      label: '4. Scenario editor',
      panel: panel(
        'Scenario editor',
        'Make your own scenario from a built-in one. Each problem is shown next to its field.',
        editorPanel(store, announce, () => strip.select('session', true)),
      ),
    },
  ],
  fromHash,
  (id) => {
    if (store.getState().tab !== id) announce('');
    store.setState({ tab: id });
    if (window.location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    if (id === 'compare') compare.refresh();
  },
);

const root = document.getElementById('instructor') ?? document.body;
root.replaceChildren(
  el('header', { className: 'ins-header' }, [
    el('div', {}, [
      el('h1', { text: 'S&OP Arena · Instructor' }),
      el('p', {
        className: 'ins-intro',
        text: 'Run a classroom competition: no accounts and no server; everything stays in this browser.',
      }),
    ]),
    el('a', { className: 'ins-btn ins-btn-quiet', text: 'Open the game', attrs: { href: './index.html' } }),
    // Live play needs `npm run serve`: the console creates a live session and watches every team.
    el('a', {
      className: 'ins-btn ins-btn-quiet',
      text: 'Run a live session',
      attrs: { href: './console.html' },
    }),
  ]),
  el('main', { className: 'ins-main' }, [strip.strip, storageWarning, status, ...strip.panels]),
);

let startCode: string | null = null;
try {
  startCode = storage.getItem(CURRENT_SESSION_KEY);
} catch {
  startCode = null;
}
const startSession = startCode ? decodeSessionCode(startCode) : null;
void useSession(startSession?.ok ? startSession.value : null, startSession?.ok ? startCode : null);
