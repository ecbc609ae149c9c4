/**
 * The guided first game: runs the coach marks while a "Steady start" game is on screen in its
 * first two rounds, unless the tour was done or skipped before. Game screens call
 * `followGuidedTour(ctx)` when they mount; the first call per store starts following it.
 */
import type { AppState, AppStore } from '../../store/app-store';
import { parseProgress } from '../debrief/coach-logic';
import {
  type CoachMarks,
  createCoachMarks,
  STEADY_START_SCENARIO_ID,
  STEADY_START_TOUR,
  STEADY_START_TOUR_KEY,
} from '../debrief/coach-marks';
import type { ScreenContext } from '../screen';

/** Rounds with coach marks. */
export const GUIDED_ROUNDS = 2;

/** Whether the state shows a Steady-start game in a round with coach marks (pure, for tests). */
export function guidedTourWanted(state: Pick<AppState, 'screen' | 'game'>): boolean {
  const { game } = state;
  return (
    state.screen === 'game' &&
    game !== null &&
    game.scenario.id === STEADY_START_SCENARIO_ID &&
    game.month <= GUIDED_ROUNDS &&
    game.phase !== 'finished'
  );
}

/** Whether the tour was done or skipped, as saved in `storage` (unreadable storage: not yet). */
export function guidedTourOver(storage: Pick<Storage, 'getItem'> | null = safeStorage()): boolean {
  try {
    return parseProgress(storage?.getItem(STEADY_START_TOUR_KEY) ?? null).done;
  } catch {
    return false;
  }
}

/** Forgets the tour's progress so that the next Steady-start game is guided again (Settings). */
export function resetGuidedTour(storage: Pick<Storage, 'removeItem'> | null = safeStorage()): void {
  try {
    storage?.removeItem(STEADY_START_TOUR_KEY);
  } catch {
    // Storage refused: nothing was remembered either.
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function headerBottom(): number {
  const header = document.querySelector('.app-header');
  if (!header) return 0;
  return Math.max(0, header.getBoundingClientRect().bottom);
}

const following = new WeakSet<AppStore>();

/** Starts and stops the tour as the store moves between games, rounds and screens (once per store). */
export function followGuidedTour(ctx: Pick<ScreenContext, 'store'>): void {
  const { store } = ctx;
  if (following.has(store) || typeof window === 'undefined') return;
  following.add(store);
  let tour: CoachMarks | null = null;
  let seed: string | null = null;
  const sync = (state: AppState) => {
    const wanted = guidedTourWanted(state);
    const gameSeed = state.game?.seed ?? null;
    if (tour && (!state.game || state.screen !== 'game' || gameSeed !== seed)) {
      // Leaving the game (or starting another): stop watching, keep the progress.
      tour.destroy();
      tour = null;
    }
    if (!wanted || tour || guidedTourOver()) return;
    seed = gameSeed;
    tour = createCoachMarks(STEADY_START_TOUR, {
      storageKey: STEADY_START_TOUR_KEY,
      round: () => store.getState().game?.month ?? 1,
      lastRound: GUIDED_ROUNDS,
      topInset: headerBottom,
      controlsRoot: () => document.querySelector('main'),
    });
    if (!tour.start()) tour = null;
  };
  sync(store.getState());
  store.subscribe(sync);
}
