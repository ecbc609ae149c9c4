/** The question a session link asks when a game is saved on this device: join the session (replacing the saved game,
 * after a confirmation) or keep playing. Without it, a student opening the class link landed in an old game. */
import { html, nothing } from 'lit-html';
import { getScenario } from '../../engine';
import { decodeSessionCode } from '../../engine/codes';
import type { AppState } from '../../store/app-store';
import { readSessionCode } from '../present/new-game-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { local, viewScreen } from '../view-screen';

/** The saved game in a few words: "Kettle Kings: Seasonal peak, month 3 of 12" (or "…, finished"). */
function savedGameLine(state: Pick<AppState, 'saved' | 'game'>): string {
  const { saved, game } = state;
  if (!saved || !game) return '';
  const where = game.phase === 'finished' ? 'finished' : `month ${game.month} of ${game.settings.rounds}`;
  return `${saved.meta.teamName}: ${game.scenario.name}, ${where}`;
}

/** Mounts the session-link question. */
export function sessionLinkScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  const redraw = () => screen.redraw();
  const confirming = local(false, redraw);
  const screen = viewScreen(ctx, {
    className: 'session-link-screen',
    labelledBy: 'session-link-heading',
    view: (state) => {
      const code = state.pendingSession?.code ?? '';
      const session = readSessionCode(code, decodeSessionCode, (id) => getScenario(id) !== undefined);
      const finished = state.game?.phase === 'finished';
      const name = session.ok ? `“${session.value.name}”` : '';
      const { joinSession, keepPlaying } = store.getState();
      const keep = html`<button type="button" class="btn btn-large" @click=${keepPlaying}>Keep playing my game</button>`;
      if (!session.ok) {
        return html`<h1 class="screen-heading" tabindex="-1" id="session-link-heading">This session link cannot be used</h1>
          <p class="notice notice-danger">${session.error}</p>
          <p>Ask your instructor for the link again. Your saved game (${savedGameLine(state)}) is unchanged.</p>
          <div class="actions">${keep}</div>`;
      }
      const scenario = session.value.scenario?.name ?? getScenario(session.value.scenarioId)?.name ?? '';
      return html`<h1 class="screen-heading" tabindex="-1" id="session-link-heading">Join the session ${name}?</h1>
        <p class="lead">
          This link is for the class session ${name} (${scenario}, ${session.value.rounds} rounds). This device has
          ${finished ? 'a finished game' : 'a game in progress'}: ${savedGameLine(state)}.
        </p>
        ${
          confirming.value
            ? html`<div class="notice notice-danger" role="alert">
              <p>
                Joining replaces ${finished ? 'the finished game' : 'the game in progress'} (${savedGameLine(state)}): it
                cannot be resumed afterwards.${finished ? ' Copy its result code first if you still need it.' : ''}
              </p>
              <div class="actions">
                <button type="button" class="btn btn-primary" @click=${joinSession}>Yes, replace it and join</button>
                <button type="button" class="btn" @click=${() => confirming.set(false)}>Cancel</button>
              </div>
            </div>`
            : html`<div class="actions">
              <button type="button" class="btn btn-primary btn-large" @click=${() => {
                confirming.set(true);
                screen.element.querySelector<HTMLElement>('.notice .btn-primary')?.focus();
              }}>
                Join the session
              </button>
              ${keep}
            </div>`
        }
        ${confirming.value ? nothing : html`<p class="muted">Keep playing leaves the session aside; the link still works later.</p>`}`;
    },
  });
  return screen;
}
