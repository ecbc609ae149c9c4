/** Product markers: a shape per product so that series are told apart without colour. */
import type Phaser from 'phaser';
import type { MarkerShape } from './palette';

/** Draws a filled, outlined marker centred on (x, y) with the given overall size. */
export function drawMarker(
  graphics: Phaser.GameObjects.Graphics,
  shape: MarkerShape,
  x: number,
  y: number,
  size: number,
  colour: number,
): void {
  const half = size / 2;
  graphics.fillStyle(colour, 1);
  graphics.lineStyle(1.5, 0x1b1f24, 1);
  if (shape === 'circle') {
    graphics.fillCircle(x, y, half);
    graphics.strokeCircle(x, y, half);
  } else if (shape === 'square') {
    graphics.fillRect(x - half, y - half, size, size);
    graphics.strokeRect(x - half, y - half, size, size);
  } else {
    graphics.fillTriangle(x, y - half, x + half, y + half, x - half, y + half);
    graphics.strokeTriangle(x, y - half, x + half, y + half, x - half, y + half);
  }
}
