/** The stage's public handle for the app: create it in a DOM element, drive it with plain data, destroy it. */
import Phaser from 'phaser';
import type { Scenario } from '../engine/scenario-types';
import type { MonthReport, ProductStock } from '../engine/types';
import { BootScene } from './BootScene';
import { PreloaderScene } from './PreloaderScene';
import { cssHex, THEME } from './palette';
import { RenderGovernor } from './render-governor';
import { StageScene } from './StageScene';
import { chooseStageWidth, STAGE_SIZE, stageHeight, textResolution } from './stage-layout';
import { companySummaryText, monthSummaryText, orderedProducts } from './stage-summary';
import { TEXT_RESOLUTION_KEY } from './text-style';

/** Options of `createStage`. */
export interface StageOptions {
  /** Show still summaries instead of animations. */
  reducedMotion: boolean;
}

/** What the app may do with the stage. */
export interface StageHandle {
  /** Resolves once the assets are loaded and the stage accepts calls (calls made earlier are queued). */
  ready: Promise<void>;
  /** Shows the idle company: stock per product at the start of a month. */
  showCompany(stock: Record<string, ProductStock>, scenario: Scenario): void;
  /** Animates a month (about 4 s; at once with reduced motion); resolves when the final picture shows. */
  playMonth(report: MonthReport, scenario: Scenario): Promise<void>;
  /** Finishes the month being played at once. */
  skip(): void;
  /** Switches between animations and still summaries (switching on finishes a playing month). */
  setReducedMotion(reduced: boolean): void;
  /** Refits the canvas to its parent after a layout change. */
  resize(): void;
  /** Tears the Phaser game down completely and removes the canvas; later calls do nothing. */
  destroy(): void;
  /** The latest picture in words (the canvas is aria-hidden; the DOM may show this instead). */
  lastSummaryText(): string;
}

/** Creates the Phaser game in `parent` and returns its handle. */
export function createStage(parent: HTMLElement, options: StageOptions): StageHandle {
  // A phone gets the narrow picture (text stays at least 12 CSS px); chosen once, for the page.
  const width = chooseStageWidth(window.innerWidth);
  let reducedMotion = options.reducedMotion;
  let summary = '';
  let scene: StageScene | null = null;
  let destroyed = false;
  let pending: (() => void) | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const stageScene = new StageScene({
    onReady: (created) => {
      scene = created;
      pending?.();
      pending = null;
      governor.release();
      markReady();
    },
  });

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: cssHex(THEME.background),
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    // The stage is a picture: no keyboard, pointer or touch capture, so DOM forms keep focus and scrolling.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Real elapsed time (no smoothing), so a month lasts ~4 s even when frames are slow.
    fps: { smoothStep: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width,
      height: STAGE_SIZE.height,
    },
    callbacks: {
      postBoot: (booted) => {
        booted.canvas.setAttribute('aria-hidden', 'true');
      },
    },
    scene: [new BootScene(), new PreloaderScene(), stageScene],
  });
  game.registry.set(
    TEXT_RESOLUTION_KEY,
    textResolution(window.devicePixelRatio || 1, parent.clientWidth, width),
  );
  const governor = new RenderGovernor(game);
  governor.hold();

  // Re-reads the parent's size (Phaser only polls it while the loop runs, and the loop sleeps when idle) and refits.
  const refit = () => {
    if (!game.isBooted) return;
    game.scale.getParentBounds();
    game.scale.refresh();
    governor.settle();
  };
  // Phaser notices a window resize only on its next step, and an idle stage takes none: watch the box itself.
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => refit());
  resizeObserver?.observe(parent);
  // The picture is as tall as its products need; the parent's aspect ratio follows, so the canvas fills it without bars.
  let designHeight: number = STAGE_SIZE.height;
  const fitHeight = (scenario: Scenario, productIds: string[]) => {
    const height = stageHeight(orderedProducts(scenario, productIds).length);
    if (height === designHeight) return;
    designHeight = height;
    parent.style.setProperty('--stage-ratio', String(width / height));
    game.scale.setGameSize(width, height);
    refit();
  };

  return {
    ready,
    showCompany(stock, scenario) {
      summary = companySummaryText(stock, scenario);
      if (destroyed) return;
      if (!scene) {
        pending = () => {
          fitHeight(scenario, Object.keys(stock));
          scene?.showCompany(stock, scenario);
        };
        return;
      }
      fitHeight(scenario, Object.keys(stock));
      scene.showCompany(stock, scenario);
      governor.settle();
    },
    async playMonth(report, scenario) {
      summary = monthSummaryText(report, scenario);
      if (destroyed) return;
      if (!scene) {
        pending = null;
        await ready;
      }
      if (destroyed || !scene) return;
      fitHeight(scenario, Object.keys(report.products));
      governor.hold();
      try {
        await scene.playMonth(report, scenario, reducedMotion);
      } finally {
        if (!destroyed) governor.release();
      }
    },
    skip() {
      scene?.skip();
    },
    setReducedMotion(reduced) {
      reducedMotion = reduced;
      if (reduced) scene?.skip();
    },
    resize() {
      if (!destroyed) refit();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resizeObserver?.disconnect();
      scene?.skip();
      scene = null;
      pending = null;
      markReady();
      governor.stopGoverning();
      game.destroy(true);
    },
    lastSummaryText() {
      return summary;
    },
  };
}
