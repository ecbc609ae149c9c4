/** What every screen is: an element, a destroy, and the context it is mounted with. */
import type { AppState, AppStore } from '../store/app-store';
import type { StageHost } from './stage-host';

/** A mounted screen; destroy() removes listeners, timers and charts. */
export interface ScreenHandle {
  element: HTMLElement;
  destroy(): void;
  /** What takes focus when the screen appears (default: its h1). */
  focus?: HTMLElement;
  /** Called once the element is in the page (for work that needs layout, like the stage). */
  mounted?(): void;
  /** Redraws from a new store state while the screen stays mounted (lit-html screens). */
  update?(state: AppState): void;
}

/** What a screen may use: the store (read, and write through its actions) and the app's services. */
export interface ScreenContext {
  store: AppStore;
  stage: StageHost;
  openHelp(): void;
  openSettings(): void;
  /** A fresh random seed (crypto.getRandomValues, outside the engine). */
  randomSeed(): string;
}
