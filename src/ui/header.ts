/** The header on every screen: the game's name, the session and team, the month and roles, How to play, Settings;
 * drawn with lit-html from the store on every change. */
import { html, render } from 'lit-html';
import type { AppState, AppStore } from '../store/app-store';
import { holderOf } from '../store/seats';

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
  const element = document.createElement('header');
  element.className = 'app-header';
  const draw = (state: AppState) => {
    const sessionName = state.saved?.record.session?.name;
    render(
      html`<div class="header-brand"><span class="brand-name">S&amp;OP Arena</span></div>
        <div class="header-info">
          <p class="header-session" ?hidden=${!sessionName}>${sessionName ? `Session: ${sessionName}` : ''}</p>
          <p class="header-line">${headerGameLine(state)}</p>
        </div>
        <nav class="header-nav" aria-label="Game menu">
          <button
            type="button"
            class="btn btn-quiet"
            ?hidden=${state.screen === 'title'}
            @click=${() => store.getState().showScreen('title')}
          >
            Main menu
          </button>
          <button type="button" class="btn btn-quiet" @click=${() => actions.openHelp()}>How to play</button>
          <button type="button" class="btn btn-quiet" @click=${() => actions.openSettings()}>Settings</button>
        </nav>`,
      element,
    );
  };
  draw(store.getState());
  const unsubscribe = store.subscribe(draw);
  return { element, destroy: unsubscribe };
}
