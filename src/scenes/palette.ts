/** Colours of the stage: the Okabe–Ito palette (safe for the common colour-vision deficiencies). */
import { OKABE_ITO as HEX, hexNumber } from '../engine/words/palette';

/** The Okabe–Ito colours (src/engine/words/palette.ts) as 0xRRGGBB numbers, the form Phaser takes. */
export const OKABE_ITO = {
  black: hexNumber(HEX.black),
  orange: hexNumber(HEX.orange),
  skyBlue: hexNumber(HEX.skyBlue),
  bluishGreen: hexNumber(HEX.bluishGreen),
  yellow: hexNumber(HEX.yellow),
  blue: hexNumber(HEX.blue),
  vermillion: hexNumber(HEX.vermillion),
  reddishPurple: hexNumber(HEX.reddishPurple),
} as const;

/** Series colours for up to three products, each paired with a marker shape so colour is never alone. */
const PRODUCT_STYLES = [
  { colour: OKABE_ITO.blue, marker: 'circle' },
  { colour: OKABE_ITO.orange, marker: 'square' },
  { colour: OKABE_ITO.reddishPurple, marker: 'triangle' },
] as const;

/** A product's marker shape. */
export type MarkerShape = (typeof PRODUCT_STYLES)[number]['marker'];

/** State colours: good, warning, bad (always shown with a label or a symbol too). */
export const STATE_COLOURS = {
  good: OKABE_ITO.bluishGreen,
  warning: OKABE_ITO.orange,
  bad: OKABE_ITO.vermillion,
  neutral: OKABE_ITO.skyBlue,
} as const;

/** Neutral colours of the stage's theme (not data series). */
export const THEME = {
  background: 0xf5f6f4,
  panel: 0xffffff,
  panelStroke: 0xb8bcc2,
  flow: 0x8a9099,
  text: '#1b1f24',
  mutedText: '#4a5058',
  badText: '#a34400',
  goodText: '#00694d',
} as const;

/** The style of the product at `index` (cycles if a scenario ever has more than three). */
export function productStyle(index: number): (typeof PRODUCT_STYLES)[number] {
  return PRODUCT_STYLES[((index % PRODUCT_STYLES.length) + PRODUCT_STYLES.length) % PRODUCT_STYLES.length];
}

/** A 0xRRGGBB number as a CSS hex string, for Phaser Text colours. */
export function cssHex(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
