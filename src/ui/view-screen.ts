/** A screen drawn with lit-html: `render(view(state), element)` on mount and on every store change the router passes
 * on, plus small UI-only state (an action's error, an open editor) whose changes redraw at once. */
import { render } from 'lit-html';
import type { AppState } from '../store/app-store';
import type { ScreenContext, ScreenHandle } from './screen';

/** A piece of a screen's own UI state (never a copy of store state); set() redraws the screen. */
export interface Local<T> {
  readonly value: T;
  set(value: T): void;
}

/** How a view screen is built. */
export interface ViewScreenOptions {
  className: string;
  /** The id of the screen's h1, which names the section. */
  labelledBy: string;
  /** The screen as a template of the store's state (and the screen's locals). */
  view(state: AppState): unknown;
  mounted?(): void;
  destroy?(): void;
  /** What takes focus when the screen appears, once drawn (default: its h1). */
  focus?(element: HTMLElement): HTMLElement | null;
}

/** A view screen: a ScreenHandle that redraws, and a way to make locals that redraw it. */
export interface ViewScreen extends ScreenHandle {
  redraw(): void;
}

/** Makes a screen from a view function; the router calls update(state) on every store change. */
export function viewScreen(ctx: ScreenContext, options: ViewScreenOptions): ViewScreen {
  const element = document.createElement('section');
  element.className = `screen ${options.className}`;
  element.setAttribute('aria-labelledby', options.labelledBy);
  const draw = (state: AppState) => render(options.view(state), element);
  draw(ctx.store.getState());
  return {
    element,
    update: draw,
    redraw: () => draw(ctx.store.getState()),
    focus: options.focus?.(element) ?? undefined,
    mounted: options.mounted,
    destroy: () => options.destroy?.(),
  };
}

/** A local whose changes call `changed` (usually the screen's redraw, bound once the screen exists). */
export function local<T>(initial: T, changed: () => void): Local<T> {
  let value = initial;
  return {
    get value() {
      return value;
    },
    set(next) {
      value = next;
      changed();
    },
  };
}

/** The game of a state a game screen draws (the router only keeps game screens while there is one). */
export function gameOf(state: AppState): {
  saved: NonNullable<AppState['saved']>;
  game: NonNullable<AppState['game']>;
} {
  const { saved, game } = state;
  if (!saved || !game) throw new Error('A game screen was drawn without a game.');
  return { saved, game };
}
