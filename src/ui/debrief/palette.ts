/** Okabe–Ito colours (safe for colour-blind readers), line dashes and point styles, so colour is never the only cue. */

/** Dash patterns, one per series kind. */
export const DASH = {
  solid: [] as number[],
  dashed: [10, 5],
  dotted: [2, 4],
  dashDot: [12, 4, 2, 4],
  long: [18, 6],
};

/** Point styles used by the debrief. */
export type { PointShape } from '../canvas-chart';

/** Font sizes that stay readable on a projector. */
export const CHART_FONT = { ticks: 15, legend: 15, axisTitle: 15 } as const;
