/** The title screen: the game's name, Continue (when a save exists), New game, How to play, Settings. */
import { button, h, heading } from '../dom';
import type { ScreenContext, ScreenHandle } from '../screen';

/** Mounts the title screen; a damaged save is reported here with a Start over button. */
export function titleScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  const state = store.getState();
  const menu = h('div', { className: 'title-menu' });
  if (state.loadProblem) {
    menu.append(
      h('div', { className: 'notice notice-danger', attrs: { role: 'alert' } }, [
        h('p', { text: state.loadProblem }),
        h('p', { text: 'Your settings are kept. Start over to play a new game.' }),
        button('Start over', () => store.getState().startOver(), 'btn btn-primary'),
      ]),
    );
  }
  if (state.saved && state.game) {
    const game = state.game;
    const where =
      game.phase === 'finished' ? 'the final results' : `month ${game.month} of ${game.settings.rounds}`;
    menu.append(
      button('Continue', () => store.getState().showScreen('game'), 'btn btn-primary btn-large', {
        'aria-describedby': 'continue-detail',
      }),
      h('p', {
        className: 'muted',
        text: `${state.saved.meta.teamName}: ${game.scenario.name}, ${where}.`,
        attrs: { id: 'continue-detail' },
      }),
    );
  }
  // One primary action: Continue when a save exists, Start over when it is damaged, else New game.
  const newGamePrimary = !state.saved && !state.loadProblem;
  menu.append(
    button(
      'New game',
      () => store.getState().showScreen('newGame'),
      newGamePrimary ? 'btn btn-primary btn-large' : 'btn btn-large',
    ),
    button('How to play', ctx.openHelp, 'btn btn-large'),
    button('Settings', ctx.openSettings, 'btn btn-large'),
    h('a', {
      className: 'btn btn-large btn-link',
      text: 'For instructors',
      attrs: { href: './instructor.html' },
    }),
  );
  const element = h(
    'section',
    { className: 'screen title-screen', attrs: { 'aria-labelledby': 'title-heading' } },
    [
      h('div', { className: 'title-art', attrs: { 'aria-hidden': 'true' } }, [titleArt()]),
      Object.assign(heading('S&OP Arena'), { id: 'title-heading' }),
      h('p', {
        className: 'tagline',
        text: 'Run a company together. Sales meets Operations every month: forecast, plan, agree, deliver.',
      }),
      menu,
    ],
  );
  return { element, destroy: () => {} };
}

/** A small supplier → plant → warehouse → market picture in SVG (decorative). */
function titleArt(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 400 60');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '60');
  const colours = ['#E69F00', '#0072B2', '#009E73', '#CC79A7'];
  colours.forEach((colour, i) => {
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('x', String(10 + i * 100));
    rect.setAttribute('y', '12');
    rect.setAttribute('width', '60');
    rect.setAttribute('height', '36');
    rect.setAttribute('rx', '8');
    rect.setAttribute('fill', colour);
    svg.append(rect);
    if (i < 3) {
      const arrow = document.createElementNS(ns, 'path');
      arrow.setAttribute('d', `M${76 + i * 100} 30 h22 l-6 -6 m6 6 l-6 6`);
      arrow.setAttribute('stroke', '#5b6573');
      arrow.setAttribute('stroke-width', '3');
      arrow.setAttribute('fill', 'none');
      svg.append(arrow);
    }
  });
  return svg;
}
