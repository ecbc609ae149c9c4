/** Loads the stage's SVGs by key and shows a progress bar while it does. */

import Phaser from 'phaser';
import { formatPercent } from '../engine/words/formats';
import { OKABE_ITO, THEME } from './palette';
import { loadableUrl, STAGE_ASSETS } from './stage-assets';
import { STAGE_SIZE, stageWidth } from './stage-layout';
import { addText } from './text-style';

/** Draws a progress bar, loads every stage asset, then starts the stage. */
export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  /** The progress bar: an outline, a fill that grows, and the percent in words. */
  init(): void {
    const width = Math.min(420, stageWidth() - 40);
    const x = (stageWidth() - width) / 2;
    const y = STAGE_SIZE.height / 2;
    this.add.rectangle(0, 0, stageWidth(), STAGE_SIZE.height, THEME.background).setOrigin(0, 0);
    this.add.rectangle(x, y, width, 20, THEME.panel).setOrigin(0, 0.5).setStrokeStyle(2, 0x1b1f24);
    const fill = this.add.rectangle(x + 3, y, 0, 14, OKABE_ITO.blue).setOrigin(0, 0.5);
    const label = addText(this, stageWidth() / 2, y + 20, 'Loading the company… 0 %', {
      size: 16,
      originX: 0.5,
    });
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill.width = (width - 6) * progress;
      label.setText(`Loading the company… ${formatPercent(progress)}`);
    });
  }

  /** Queues every SVG, rasterised at its asset size. */
  preload(): void {
    for (const asset of STAGE_ASSETS)
      this.load.svg(asset.key, loadableUrl(asset.url), { width: asset.width, height: asset.height });
  }

  /** Everything is loaded: on to the stage. */
  create(): void {
    this.scene.start('Stage');
  }
}
