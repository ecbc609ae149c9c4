/** Okabe–Ito colours (safe for colour-blind readers), line dashes and point styles, so colour is never the only cue. */

/** The Okabe–Ito palette (yellow left out: too light on white). */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

/** Dash patterns, one per series kind. */
export const DASH = {
  solid: [] as number[],
  dashed: [10, 5],
  dotted: [2, 4],
  dashDot: [12, 4, 2, 4],
  long: [18, 6],
};

/** Chart.js point styles used by the debrief. */
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'star';

/** Font sizes that stay readable on a projector. */
export const CHART_FONT = { ticks: 15, legend: 15, axisTitle: 15 } as const;
