/** The screen switcher: one screen at a time, chosen from the store; re-mounted only when its step changes. */

import type { AppState } from '../store/app-store';
import { gameStep, stepKey } from '../store/step';
import type { ScreenContext, ScreenHandle } from './screen';
import { botTurnScreen } from './screens/bot-turn';
import { briefingScreen } from './screens/briefing';
import { consensusScreen } from './screens/consensus';
import { endGameScreen } from './screens/end-game';
import { executionScreen } from './screens/execution';
import { handoffScreen } from './screens/handoff';
import { newGameScreen } from './screens/new-game';
import { roundReportScreen } from './screens/round-report';
import { sessionLinkScreen } from './screens/session-link';
import { titleScreen } from './screens/title';
import { turnScreen } from './screens/turn';

/** A route: the key that identifies the screen and how to mount it. */
export interface Route {
  key: string;
  mount(ctx: ScreenContext): ScreenHandle;
}

/** The screen for a store state (pure but for the mount functions it returns). */
export function routeFor(state: AppState): Route {
  if (state.pendingSession) return { key: 'sessionLink', mount: sessionLinkScreen };
  if (state.screen === 'newGame') return { key: 'newGame', mount: newGameScreen };
  const { saved, game } = state;
  if (state.screen !== 'game' || !saved || !game) {
    return { key: `title:${state.loadProblem ?? ''}:${saved ? 'saved' : 'none'}`, mount: titleScreen };
  }
  const step = gameStep(saved, game);
  const key = `game:${game.seed}:${stepKey(step, game.month)}:${game.history.length}`;
  switch (step.kind) {
    case 'briefing':
      return { key, mount: briefingScreen };
    case 'handoff':
      return { key, mount: (ctx) => handoffScreen(ctx, step.role) };
    case 'turn':
      return { key, mount: (ctx) => turnScreen(ctx, step.role) };
    case 'botTurn':
      return { key, mount: (ctx) => botTurnScreen(ctx, step.role) };
    case 'consensus':
      return { key, mount: consensusScreen };
    case 'execution':
      return { key, mount: executionScreen };
    case 'report':
      return { key, mount: roundReportScreen };
    case 'end':
      return { key, mount: endGameScreen };
  }
}

/** Mounts the right screen into `root` now and whenever the store moves to another step; in between, every store
 * change redraws the mounted screen (update). */
export function createRouter(root: HTMLElement, ctx: ScreenContext): { destroy(): void } {
  let currentKey = '';
  let current: ScreenHandle | null = null;
  const render = (state: AppState) => {
    const route = routeFor(state);
    if (route.key === currentKey) {
      current?.update?.(state);
      return;
    }
    const first = currentKey === '';
    currentKey = route.key;
    current?.destroy();
    current = route.mount(ctx);
    root.replaceChildren(current.element);
    window.scrollTo(0, 0);
    current.mounted?.();
    const target = current.focus ?? current.element.querySelector<HTMLElement>('h1');
    if (!first || current.focus) target?.focus({ preventScroll: true });
  };
  render(ctx.store.getState());
  const unsubscribe = ctx.store.subscribe(render);
  return {
    destroy() {
      unsubscribe();
      current?.destroy();
      root.replaceChildren();
    },
  };
}
