/** The debrief's chart renderer, loaded when the charts are first drawn. */
export { CanvasChart } from '../canvas-chart';
