/** The composition root: creates the store, mounts the header, dialogs and screens, and hosts the stage. */
import '../ui/app.css';
import '../ui/forms.css';
import { BUILTIN_SCENARIOS } from '../engine';
import { createAppStore } from '../store/app-store';
import { createHelpDialog, createSettingsDialog } from '../ui/dialogs';
import { h } from '../ui/dom';
import { createHeader } from '../ui/header';
import { emptyDraft } from '../ui/present/new-game-model';
import { createRouter } from '../ui/router';
import type { ScreenContext } from '../ui/screen';
import { createSound } from '../ui/sound';
import { createStageHost } from '../ui/stage-host';
import { createStorageNotice } from '../ui/storage-notice';
import { applyPrefs, randomSeed, safeLocalStorage } from './environment';

const store = createAppStore({
  storage: safeLocalStorage(),
  prefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
});

// A session link (?session=CODE) prefills the new-game screen once; only the names are left to fill in.
const sessionFromUrl = new URLSearchParams(window.location.search).get('session');
if (sessionFromUrl) {
  const state = store.getState();
  const draft = state.draft ?? emptyDraft(randomSeed(), BUILTIN_SCENARIOS[0].id);
  state.saveDraft({ ...draft, source: 'session', sessionCode: sessionFromUrl });
  if (state.screen === 'title' && !state.saved && !state.loadProblem) state.showScreen('newGame');
}

const root = document.getElementById('app') ?? document.body;
const main = h('main', { className: 'app-main', attrs: { id: 'main' } });
const parking = h('div', { className: 'stage-parking', attrs: { 'aria-hidden': 'true' } });
const help = createHelpDialog();
const settings = createSettingsDialog(store);
const stage = createStageHost(parking, () => store.getState().prefs.reducedMotion);
const header = createHeader(store, { openHelp: help.open, openSettings: settings.open });
root.replaceChildren(
  h('a', { className: 'skip-link', text: 'Skip to the game', attrs: { href: '#main' } }),
  header.element,
  createStorageNotice(store).element,
  main,
  parking,
  help.element,
  settings.element,
);

const ctx: ScreenContext = {
  store,
  stage,
  openHelp: help.open,
  openSettings: settings.open,
  randomSeed,
  sessionFromUrl,
};
createRouter(main, ctx);

// Preferences apply at once: palette, motion, the stage.
applyPrefs(store.getState().prefs);
let lastPrefs = store.getState().prefs;
const sound = createSound(() => store.getState().prefs.sound);
let lastReports = store.getState().game?.history.length ?? 0;
store.subscribe((state) => {
  if (state.prefs !== lastPrefs) {
    lastPrefs = state.prefs;
    applyPrefs(state.prefs);
    stage.setReducedMotion(state.prefs.reducedMotion);
  }
  const reports = state.game?.history.length ?? 0;
  if (reports > lastReports) {
    const last = state.game!.history[reports - 1];
    sound.chime(last.scores.total >= 0.7);
  }
  lastReports = reports;
  // Load Phaser in the background once a game is on screen, so the first execution starts promptly.
  if (state.screen === 'game') void stage.load();
});
if (store.getState().screen === 'game') void stage.load();
