/** The title screen: the game's name, Continue (when a save exists), New game, How to play, Settings. */

import { html, nothing, svg } from 'lit-html';
import { OKABE_ITO } from '../../engine/words/palette';
import type { ScreenContext, ScreenHandle } from '../screen';
import { screenHeading } from '../view-parts';
import { viewScreen } from '../view-screen';

const ART_COLOURS = [OKABE_ITO.orange, OKABE_ITO.blue, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple];

/** A small supplier → plant → warehouse → market picture in SVG (decorative). */
const titleArt = html`<svg viewBox="0 0 400 60" width="400" height="60">
  ${ART_COLOURS.map(
    (colour, i) =>
      svg`<rect x=${10 + i * 100} y="12" width="60" height="36" rx="8" fill=${colour}></rect>${
        i < 3
          ? svg`<path d=${`M${76 + i * 100} 30 h22 l-6 -6 m6 6 l-6 6`} stroke="#5b6573" stroke-width="3" fill="none"></path>`
          : nothing
      }`,
  )}
</svg>`;

/** Mounts the title screen; a damaged save is reported here with a Start over button. */
export function titleScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  return viewScreen(ctx, {
    className: 'title-screen',
    labelledBy: 'title-heading',
    view: (state) => {
      const { saved, game, loadProblem } = state;
      const where = game
        ? game.phase === 'finished'
          ? 'the final results'
          : `month ${game.month} of ${game.settings.rounds}`
        : '';
      // One primary action: Continue when a save exists, Start over when it is damaged, else New game.
      const newGamePrimary = !saved && !loadProblem;
      return html`<div class="title-art" aria-hidden="true">${titleArt}</div>
        ${screenHeading('title-heading', 'S&OP Arena')}
        <p class="tagline">
          Run a company together. Sales meets Operations every month: forecast, plan, agree, deliver.
        </p>
        <div class="title-menu">
          ${
            loadProblem
              ? html`<div class="notice notice-danger" role="alert">
                <p>${loadProblem}</p>
                <p>Your settings are kept. Start over to play a new game.</p>
                <button type="button" class="btn btn-primary" @click=${() => store.getState().startOver()}>
                  Start over
                </button>
              </div>`
              : nothing
          }
          ${
            saved && game
              ? html`<button
                  type="button"
                  class="btn btn-primary btn-large"
                  aria-describedby="continue-detail"
                  @click=${() => store.getState().showScreen('game')}
                >
                  Continue
                </button>
                <p class="muted" id="continue-detail">${saved.meta.teamName}: ${game.scenario.name}, ${where}.</p>`
              : nothing
          }
          <button
            type="button"
            class=${newGamePrimary ? 'btn btn-primary btn-large' : 'btn btn-large'}
            @click=${() => store.getState().showScreen('newGame')}
          >
            New game
          </button>
          <button type="button" class="btn btn-large" @click=${() => ctx.openHelp()}>How to play</button>
          <button type="button" class="btn btn-large" @click=${() => ctx.openSettings()}>Settings</button>
          <a class="btn btn-large btn-link" href="./instructor.html">For instructors</a>
        </div>`;
    },
  });
}
