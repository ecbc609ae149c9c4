/** Keeps the game loop asleep while the picture is still, so an idle stage costs no CPU or GPU. */
import Phaser from 'phaser';

/** Frames drawn after a change before the loop sleeps (text textures upload on the first). */
const SETTLE_FRAMES = 3;

/** Wakes the loop for animations and changes, and puts it back to sleep once the picture is drawn. */
export class RenderGovernor {
  private readonly game: Phaser.Game;
  private holds = 0;
  private framesLeft = SETTLE_FRAMES;
  private readonly onPostRender = (): void => {
    if (this.holds > 0) return;
    this.framesLeft -= 1;
    if (this.framesLeft <= 0) this.game.loop.sleep();
  };

  constructor(game: Phaser.Game) {
    this.game = game;
    game.events.on(Phaser.Core.Events.POST_RENDER, this.onPostRender);
  }

  /** Keeps the loop running until the matching `release` (an animation is playing). */
  hold(): void {
    this.holds += 1;
    this.wake();
  }

  /** Ends a hold; the loop draws a few more frames, then sleeps. */
  release(): void {
    this.holds = Math.max(0, this.holds - 1);
    this.settle();
  }

  /** The picture changed: draw a few frames, then sleep again. */
  settle(): void {
    this.framesLeft = SETTLE_FRAMES;
    this.wake();
  }

  /** Wakes the loop for good (Phaser destroys a game on its next step, so it must be running). */
  stopGoverning(): void {
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.onPostRender);
    this.wake();
  }

  private wake(): void {
    const loop = this.game.loop;
    if (loop.running) return;
    // Restart the clock so the sleep does not count as one giant frame.
    loop.resetDelta();
    loop.wake();
  }
}
