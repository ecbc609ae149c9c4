/** The Phaser stage's home in the page: loaded on demand (Phaser in its own chunk), created once, moved
 * into the execution screen while it plays and parked off-screen otherwise. */
import type { MonthReport, ProductStock, Scenario } from '../engine/types';

/** The stage as the app uses it (src/scenes/stage.ts). */
export interface StageApi {
  ready: Promise<void>;
  showCompany(stock: Record<string, ProductStock>, scenario: Scenario): void;
  playMonth(report: MonthReport, scenario: Scenario): Promise<void>;
  skip(): void;
  setReducedMotion(on: boolean): void;
  resize(): void;
  destroy(): void;
}

type CreateStage = (parent: HTMLElement, options: { reducedMotion: boolean }) => StageApi;

/** Loads and holds the one stage of the page. */
export interface StageHost {
  /** The element the canvas lives in. */
  readonly element: HTMLElement;
  /** The stage once loaded and ready, or null if it could not load (the text summary still works). */
  load(): Promise<StageApi | null>;
  /** Puts the canvas inside `slot` (shown). */
  showIn(slot: HTMLElement): void;
  /** Moves the canvas back off-screen. */
  park(): void;
  setReducedMotion(on: boolean): void;
  destroy(): void;
}

/** Creates the host; `parking` is an off-screen element of the page. */
export function createStageHost(parking: HTMLElement, reducedMotion: () => boolean): StageHost {
  const element = document.createElement('div');
  element.className = 'stage-canvas';
  parking.append(element);
  let stage: StageApi | null = null;
  let loading: Promise<StageApi | null> | null = null;

  return {
    element,
    load() {
      if (!loading) {
        loading = import('../scenes/stage')
          .then(async (module) => {
            const create = (module as unknown as { createStage: CreateStage }).createStage;
            stage = create(element, { reducedMotion: reducedMotion() });
            await stage.ready;
            return stage;
          })
          .catch((error: unknown) => {
            console.warn('The stage could not load; the text summary stands in.', error);
            return null;
          });
      }
      return loading;
    },
    showIn(slot) {
      slot.append(element);
      stage?.resize();
    },
    park() {
      parking.append(element);
    },
    setReducedMotion(on) {
      stage?.setReducedMotion(on);
    },
    destroy() {
      stage?.destroy();
      stage = null;
      element.remove();
    },
  };
}
