/** The instructor's page (instructor.html): create a session, collect and verify results (in a Web Worker),
 * the leaderboard with each team's debrief, team comparison charts, CSV export and the scenario editor.
 * Offline, no account. Every panel renders from the one store and writes through its actions. */
import { html, nothing, render } from 'lit-html';
import { type CollectDraft, collectView, emptyCollectDraft } from './collect-panel';
import { safeStorage } from './collection';
import { compareCharts, compareView } from './compare-panel';
import { debriefCharts, debriefView } from './debrief-panel';
import { editorPanel } from './editor-panel';
import { el } from './el';
import { leaderboardView } from './leaderboard-panel';
import { randomSeed } from './random-seed';
import { sessionView } from './session-panel';
import { leaderboardOf, type TabId, uniqueEntries } from './state';
import { createInstructorStore, storedSession } from './store';
import { type TabSpec, tabsView } from './tabs';
import { workerVerifier } from './verifier';

const storage = safeStorage();
const store = createInstructorStore({ storage, verify: workerVerifier(), newSeed: randomSeed });
const actions = store.getState();
const collectDraft: CollectDraft = emptyCollectDraft();

const TABS: TabSpec<TabId>[] = [
  { id: 'session', label: '1. Session' },
  { id: 'results', label: '2. Results & leaderboard' },
  { id: 'compare', label: '3. Compare teams' },
  { id: 'editor', label: '4. Scenario editor' },
];
const selectTab = (id: TabId, focus: boolean) => {
  actions.showTab(id);
  if (window.location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  if (focus) document.getElementById(`tab-${id}`)?.focus();
};

const strip = el('div');
const alerts = el('div');
const sessionBox = el('div');
const collectBox = el('div');
const leaderboardBox = el('div');
const debriefBox = el('div');
const charts = debriefCharts();
const compareBox = el('div');
const comparison = compareCharts();
const panel = (id: TabId, title: string, intro: string, ...children: HTMLElement[]) =>
  el(
    'section',
    {
      className: 'ins-panel',
      attrs: { id: `panel-${id}`, role: 'tabpanel', 'aria-labelledby': `tab-${id}`, tabindex: '-1' },
    },
    [el('h2', { text: title }), el('p', { className: 'ins-intro', text: intro }), ...children],
  );
const panels: Record<TabId, HTMLElement> = {
  session: panel(
    'session',
    'Create a session',
    'Every team in the session plays the same scenario with the same seed and rules. Share the link, the code or the QR code.',
    sessionBox,
  ),
  results: panel(
    'results',
    'Collect results',
    'Each result is verified by replaying the game: a corrupt, edited, unfinished or foreign result is refused with the reason. Collected results are kept in this browser.',
    collectBox,
    leaderboardBox,
    debriefBox,
  ),
  compare: panel(
    'compare',
    'Compare teams',
    'Every verified team month by month, for the class debrief.',
    compareBox,
  ),
  editor: panel(
    'editor',
    'Scenario editor',
    'Make your own scenario from a built-in one. Each problem is shown next to its field.',
    editorPanel(actions, actions.announce, () => selectTab('session', true)),
  ),
};

function draw(): void {
  const state = store.getState();
  render(tabsView(TABS, state.tab, selectTab), strip);
  render(
    html`${state.storageProblem ? html`<p class="ins-warn" role="alert">${state.storageProblem}</p>` : nothing}
      <p class="ins-status" role="status" aria-live="polite">${state.notice}</p>`,
    alerts,
  );
  for (const [id, element] of Object.entries(panels)) element.hidden = id !== state.tab;
  if (state.tab === 'session') render(sessionView(state, actions, draw), sessionBox);
  if (state.tab === 'compare') {
    const { rows } = leaderboardOf({ ...state, sort: { column: 'rank', direction: 'ascending' } });
    render(compareView(rows, comparison), compareBox);
  }
  if (state.tab === 'results') {
    render(collectView(state, actions, collectDraft, draw), collectBox);
    const { reference, rows } = leaderboardOf(state);
    render(
      leaderboardView(
        {
          rows,
          reference,
          sort: state.sort,
          selected: state.selected,
          sessionName: state.session?.config.name,
        },
        actions,
      ),
      leaderboardBox,
    );
    const open = uniqueEntries(state.results).find((entry) => entry.key === state.selected);
    render(
      debriefView(open, charts, () => actions.openDebrief(null)),
      debriefBox,
    );
  }
}

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
  el('main', { className: 'ins-main' }, [strip, alerts, ...Object.values(panels)]),
);

store.subscribe((state, previous) => {
  draw();
  if (state.selected !== null && state.selected !== previous.selected)
    document.getElementById('debrief')?.focus();
});
const fromHash = TABS.find((tab) => `#${tab.id}` === window.location.hash)?.id ?? 'session';
actions.showTab(fromHash);
draw();
const start = storedSession(storage);
void actions.useSession(start?.config ?? null, start?.code ?? null);
