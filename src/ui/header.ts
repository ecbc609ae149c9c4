/** The header on every screen: the game's name, the session and team, the month and roles, How to play, Settings. */

import type { AppState, AppStore } from '../store/app-store';
import { holderOf } from '../store/seats';
import { button, h } from './dom';

/** The header's game line in words, or '' outside a game (pure, tested). */
export function headerGameLine(state: AppState): string {
  const { saved, game } = state;
  if (!saved || !game || state.screen !== 'game') return '';
  const parts = [saved.meta.teamName];
  if (game.phase === 'finished') parts.push('Final results');
  else {
    parts.push(`Month ${game.month} of ${game.settings.rounds}`);
    const sales = holderOf(saved.meta, game.settings, game.month, 'sales');
    const ops = holderOf(saved.meta, game.settings, game.month, 'ops');
    parts.push(`Sales: ${sales.name}`, `Operations: ${ops.name}`);
  }
  return parts.join(' · ');
}

/** Builds the header; it follows the store until destroyed. */
export function createHeader(
  store: AppStore,
  actions: { openHelp(): void; openSettings(): void },
): { element: HTMLElement; destroy(): void } {
  const session = h('p', { className: 'header-session' });
  const line = h('p', { className: 'header-line' });
  const menu = button('Main menu', () => store.getState().showScreen('title'), 'btn btn-quiet');
  const element = h('header', { className: 'app-header' }, [
    h('div', { className: 'header-brand' }, [h('span', { className: 'brand-name', text: 'S&OP Arena' })]),
    h('div', { className: 'header-info' }, [session, line]),
    h('nav', { className: 'header-nav', attrs: { 'aria-label': 'Game menu' } }, [
      menu,
      button('How to play', actions.openHelp, 'btn btn-quiet'),
      button('Settings', actions.openSettings, 'btn btn-quiet'),
    ]),
  ]);
  const update = (state: AppState) => {
    const sessionName = state.saved?.record.session?.name;
    session.textContent = sessionName ? `Session: ${sessionName}` : '';
    session.hidden = !sessionName;
    line.textContent = headerGameLine(state);
    menu.hidden = state.screen === 'title';
  };
  update(store.getState());
  const unsubscribe = store.subscribe(update);
  return { element, destroy: unsubscribe };
}
