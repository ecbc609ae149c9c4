/** First scene: nothing to load before the preloader, so it hands over at once. */
import Phaser from 'phaser';

/** Starts the preloader; kept as its own scene so a future boot asset has a home. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  /** Hands over to the preloader. */
  create(): void {
    this.scene.start('Preloader');
  }
}
