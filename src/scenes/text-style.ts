/** Text on the stage: one font stack, sizes of at least 14 px, rendered sharp enough for the canvas's scale. */
import type Phaser from 'phaser';
import { THEME } from './palette';

/** The stage's font stack (system fonts: nothing to download). */
const STAGE_FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Registry key of the text resolution chosen when the stage is created. */
export const TEXT_RESOLUTION_KEY = 'textResolution';

/** Options of `addText`. */
export interface TextOptions {
  size?: number;
  bold?: boolean;
  colour?: string;
  /** Horizontal anchor: 0 left, 0.5 centre, 1 right. */
  originX?: number;
  wrapWidth?: number;
  /** Wrap only between words (a long word overhangs rather than breaks: "Warehouse", never "Warehou se"). */
  wholeWords?: boolean;
  /** Alignment of wrapped lines. */
  align?: 'left' | 'center' | 'right';
}

/** Adds a Text game object anchored at its top, with the stage's font and a floor of 14 px. */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, options: TextOptions = {}) {
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: STAGE_FONT,
    fontSize: `${Math.max(14, options.size ?? 16)}px`,
    fontStyle: options.bold ? 'bold' : 'normal',
    color: options.colour ?? THEME.text,
    resolution: Number(scene.registry.get(TEXT_RESOLUTION_KEY) ?? 1),
  };
  if (options.wrapWidth) style.wordWrap = { width: options.wrapWidth, useAdvancedWrap: !options.wholeWords };
  if (options.align) style.align = options.align;
  return scene.add.text(x, y, text, style).setOrigin(options.originX ?? 0, 0);
}
