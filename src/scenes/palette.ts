/** Colours of the stage: the Okabe–Ito palette (safe for the common colour-vision deficiencies). */

/** The eight Okabe–Ito colours as 0xRRGGBB numbers, named as in the original paper. */
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

/** Series colours for up to three products, each paired with a marker shape so colour is never alone. */
export const PRODUCT_STYLES = [
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
