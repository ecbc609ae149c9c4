/** The composition root: creates the store, mounts the header, dialogs and screens, and hosts the stage. */
import '../ui/app.css';
import '../ui/forms.css';
import { createAppStore } from '../store/app-store';
import { createHelpDialog, createSettingsDialog } from '../ui/dialogs';
import { h } from '../ui/dom';
import { createHeader } from '../ui/header';
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

// A session link (?session=CODE): the new-game form with the code, or first a question when a game is saved.
const sessionFromUrl = new URLSearchParams(window.location.search).get('session');
if (sessionFromUrl) {
  store.getState().openSessionLink(sessionFromUrl, randomSeed());
  // Once answered (or when there was nothing to ask) the link has done its work: a reload must not ask again.
  const forgetLink = (): boolean => {
    const { pendingSession, loadProblem } = store.getState();
    if (pendingSession || loadProblem) return false;
    const url = new URL(window.location.href);
    url.searchParams.delete('session');
    window.history.replaceState(window.history.state, '', url);
    return true;
  };
  if (!forgetLink()) {
    const stop = store.subscribe(() => {
      if (forgetLink()) stop();
    });
  }
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
