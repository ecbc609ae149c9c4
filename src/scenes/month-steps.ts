/** Which animation steps a month needs, in order, with their timing: plain data the scene plays. */

import type { Scenario } from '../engine/scenario-types';
import type { MonthReport, ProductMonth } from '../engine/types';
import { formatCount } from '../engine/words/formats';
import type { Checkpoint } from './product-figures';
import { type ShockCard, shockCard } from './shock-text';

/** A material delivery as the stage shows it: what came, what came late, what was cut. */
export interface Delivery {
  product: string;
  arrived: number;
  delayed: number;
  cut: number;
}

/** One step of the month's animation; `at` and `duration` in milliseconds; `reaches` the checkpoint shown after it. */
export type MonthStep =
  | { kind: 'shocks'; at: number; duration: number; reaches: Checkpoint; cards: ShockCard[] }
  | { kind: 'materials'; at: number; duration: number; reaches: Checkpoint; deliveries: Delivery[] }
  | {
      kind: 'production';
      at: number;
      duration: number;
      reaches: Checkpoint;
      utilisation: number;
      overtimeHours: number;
      made: { product: string; units: number; limitedBy: ProductMonth['limitedBy'] }[];
    }
  | {
      kind: 'shipping';
      at: number;
      duration: number;
      reaches: Checkpoint;
      shipped: { product: string; units: number }[];
    }
  | {
      kind: 'backlog';
      at: number;
      duration: number;
      reaches: Checkpoint;
      lost: { product: string; units: number }[];
    };

/** Step lengths in milliseconds at normal speed; the whole month lasts about 3.5–5 s. */
const STEP_DURATIONS = {
  shocks: 900,
  materials: 800,
  production: 1100,
  shipping: 900,
  backlog: 700,
} as const;

/** A short still moment at the end, so the final numbers can be read before the promise resolves. */
const FINAL_PAUSE = 400;

/** Units of an event type per product in a report. */
function eventUnits(report: MonthReport, type: 'deliveryDelayed' | 'deliveryCut', product: string): number {
  let units = 0;
  for (const event of report.events) {
    if (event.type === type && event.product === product) units += event.units;
  }
  return units;
}

/** The deliveries of the month, one per product, with late and cut units from the events. */
export function monthDeliveries(report: MonthReport): Delivery[] {
  return Object.entries(report.products).map(([product, figures]) => ({
    product,
    arrived: figures.materialsArrived,
    delayed: eventUnits(report, 'deliveryDelayed', product),
    cut: eventUnits(report, 'deliveryCut', product),
  }));
}

type StepBody = MonthStep extends infer S ? (S extends MonthStep ? Omit<S, 'at'> : never) : never;

/** The steps to play for a month, in order; the shock step only when shocks are active. */
export function monthSteps(report: MonthReport, scenario: Scenario): MonthStep[] {
  const products = Object.entries(report.products);
  const bodies: StepBody[] = [];
  if (report.shocks.length > 0) {
    const cards = report.shocks.map((shock) => shockCard(shock, scenario, report.month));
    bodies.push({ kind: 'shocks', duration: STEP_DURATIONS.shocks, reaches: 'start', cards });
  }
  bodies.push({
    kind: 'materials',
    duration: STEP_DURATIONS.materials,
    reaches: 'materials',
    deliveries: monthDeliveries(report),
  });
  bodies.push({
    kind: 'production',
    duration: STEP_DURATIONS.production,
    reaches: 'production',
    utilisation: report.utilisation,
    overtimeHours: report.overtimeHours,
    made: products.map(([product, p]) => ({ product, units: p.produced, limitedBy: p.limitedBy })),
  });
  bodies.push({
    kind: 'shipping',
    duration: STEP_DURATIONS.shipping,
    reaches: 'shipping',
    shipped: products.map(([product, p]) => ({ product, units: p.shipped })),
  });
  bodies.push({
    kind: 'backlog',
    duration: STEP_DURATIONS.backlog,
    reaches: 'end',
    lost: products.map(([product, p]) => ({ product, units: p.lostSales })),
  });
  let at = 0;
  return bodies.map((body) => {
    const step = { ...body, at } as MonthStep;
    at += body.duration;
    return step;
  });
}

/** Total length of a month's animation in milliseconds, the final pause included. */
export function monthDuration(steps: MonthStep[]): number {
  const last = steps[steps.length - 1];
  return (last ? last.at + last.duration : 0) + FINAL_PAUSE;
}

/** The warning under a supplier's number: "50 late", "20 cut", both, or '' when all arrived. */
export function deliveryNote(delivery: Delivery): string {
  const parts: string[] = [];
  if (delivery.delayed > 0) parts.push(`${formatCount(delivery.delayed)} late`);
  if (delivery.cut > 0) parts.push(`${formatCount(delivery.cut)} cut`);
  return parts.join(', ');
}

/** Supplier warnings per product id for a report (only products with a late or cut delivery). */
export function deliveryNotes(report: MonthReport): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const delivery of monthDeliveries(report)) {
    const note = deliveryNote(delivery);
    if (note) notes[delivery.product] = note;
  }
  return notes;
}

/** Most moving tokens per product and leg, so a big month stays legible. */
export const MAX_TOKENS = 6;

/** How many moving tokens show a flow of units: one per sixth of a usual month, at least one, capped. */
export function tokenCount(units: number, usualDemand: number): number {
  if (units <= 0) return 0;
  return Math.min(MAX_TOKENS, Math.max(1, Math.ceil(units / Math.max(1, usualDemand / 6))));
}
