/** The one palette: the Okabe–Ito colours (safe for the common colour-vision deficiencies), for the stage, the
 * debrief's charts, the instructor's charts and the title art; colour is never the only cue (labels, markers, dashes). */

/** The eight Okabe–Ito colours as CSS hex strings, named as in the original paper. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colours for charts of many lines, darkest contrast first (yellow last: weak on white). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.orange,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** A CSS hex colour as a 0xRRGGBB number (Phaser's form): "#E69F00" → 0xe69f00. */
export function hexNumber(css: string): number {
  return Number.parseInt(css.slice(1), 16);
}
