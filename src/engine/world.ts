/**
 * The world of a game: shocks, signals, deal offers and demand noise for every month, drawn
 * from the seed alone before anyone decides anything. Every team on the same scenario and seed
 * meets the same world; that is the game's fairness.
 */

import { productsOf } from './product-table';
import {
  gameKey,
  type MonthStream,
  nextBetween,
  nextInt,
  nextNormal,
  nextUniform,
  openStream,
  reopenStream,
  streamId,
} from './random';
import { DEMAND_SHOCKS, type Scenario, type ShockSpec } from './scenario-types';
import type { DealOffer, Role, ShockOccurrence, World, WorldMonth } from './types';

const DEMAND_SET: ReadonlySet<string> = new Set(DEMAND_SHOCKS);

/** Which role a shock type's signals reach: market news to Sales, supply news to Operations. */
export function signalRole(type: ShockSpec['type']): Role {
  return DEMAND_SET.has(type) ? 'sales' : 'ops';
}

const CUSTOMERS = [
  'FreshMart',
  'Nordhaus',
  'CityCycle',
  'MegaStore',
  'Alpen Retail',
  'Blue Harbor',
  'Kaufpark',
  'Sunrise Co-op',
];

/** Months a shock stays active: panic buying is followed by a dip of the same length. */
function activeMonths(type: ShockSpec['type'], duration: number): number {
  return type === 'panicBuying' ? 2 * duration : duration;
}

/** Rounds a magnitude to the nearest 0.05, as an announcement would. */
function roughly(value: number): number {
  return Math.round(value * 20) / 20;
}

function pickProduct(spec: ShockSpec, scenario: Scenario, stream: MonthStream): string {
  const draw = nextUniform(stream);
  if (spec.product !== 'any') return spec.product;
  return scenario.products[Math.floor(draw * scenario.products.length)].id;
}

/** Draws the shock of one spec starting in one month, if it starts. Draw count is fixed per month. */
function drawShock(
  scenario: Scenario,
  spec: ShockSpec,
  id: string,
  month: number,
  stream: MonthStream,
  busyUntil: number,
): ShockOccurrence | null {
  const roll = nextUniform(stream);
  const magnitude = Math.round(nextBetween(stream, spec.magnitude[0], spec.magnitude[1]) * 100) / 100;
  const duration = nextInt(stream, spec.duration[0], spec.duration[1]);
  const product = pickProduct(spec, scenario, stream);
  const scheduled = spec.scheduled?.includes(month) ?? false;
  const starts = scheduled || (month >= spec.firstMonth && roll < spec.probability);
  if (!starts || month <= busyUntil) return null;
  return {
    id,
    type: spec.type,
    product,
    magnitude,
    startMonth: month,
    endMonth: month + activeMonths(spec.type, duration) - 1,
  };
}

/** Draws the warnings of one spec in one month (a true one about its shock, a false alarm) into `into`. */
function drawSignals(
  spec: ShockSpec,
  ids: MonthIds,
  month: number,
  rounds: number,
  shock: ShockOccurrence | null,
  stream: MonthStream,
  scenario: Scenario,
  into: WorldMonth[],
): void {
  const announce = nextUniform(stream);
  const falseRoll = nextUniform(stream);
  const falseMagnitude = roughly(nextBetween(stream, spec.magnitude[0], spec.magnitude[1]));
  const falseProduct = pickProduct(spec, scenario, stream);
  const role = signalRole(spec.type);
  const lead = spec.signal.leadMonths;
  if (shock && announce < spec.signal.reliability) {
    const visibleFrom = Math.max(1, month - lead);
    into[visibleFrom - 1].signals.push({
      id: ids.warning,
      role,
      shockType: spec.type,
      product: shock.product,
      visibleFrom,
      aboutMonth: month,
      magnitude: roughly(shock.magnitude),
      shockId: shock.id,
    });
  }
  const aboutMonth = month + lead;
  if (falseRoll < spec.signal.falseAlarmRate && aboutMonth <= rounds && aboutMonth >= spec.firstMonth) {
    into[month - 1].signals.push({
      id: ids.falseAlarm,
      role,
      shockType: spec.type,
      product: falseProduct,
      visibleFrom: month,
      aboutMonth,
      magnitude: falseMagnitude,
      shockId: null,
    });
  }
}

function dealFor(scenario: Scenario, shock: ShockOccurrence, id: string, stream: MonthStream): DealOffer {
  const discount = Math.round(nextBetween(stream, 0.08, 0.2) * 100) / 100;
  const customer = CUSTOMERS[nextInt(stream, 0, CUSTOMERS.length - 1)];
  const product = scenario.products.find((p) => p.id === shock.product) ?? scenario.products[0];
  return {
    id,
    product: product.id,
    month: shock.startMonth,
    units: Math.max(1, Math.round(shock.magnitude * product.baseDemand)),
    discount,
    customer,
  };
}

/** The ids of what one spec may draw in one month: its shock, the warning of it, a false alarm, a deal. */
interface MonthIds {
  shock: string;
  warning: string;
  falseAlarm: string;
  deal: string;
}

/** What a scenario's worlds share whatever the seed: stream ids, and the ids of shocks, signals and deals. */
interface ScenarioPlan {
  specStreams: number[];
  signalStreams: number[];
  noiseStreams: number[];
  /** [spec][month - 1], for as many months as a world has needed so far. */
  ids: MonthIds[][];
}

const planCache = new WeakMap<Scenario, ScenarioPlan>();

/** A scenario's plan (memoised for frozen scenarios, which cannot change), with ids for `rounds` months. */
function planOf(scenario: Scenario, rounds: number): ScenarioPlan {
  let plan = planCache.get(scenario);
  if (!plan) {
    plan = {
      specStreams: scenario.shocks.map((spec, i) => streamId(`shock:${i}:${spec.type}`)),
      signalStreams: scenario.shocks.map((spec, i) => streamId(`signal:${i}:${spec.type}`)),
      noiseStreams: scenario.products.map((p) => streamId(`noise:${p.id}`)),
      ids: scenario.shocks.map(() => []),
    };
    if (Object.isFrozen(scenario.shocks) && Object.isFrozen(scenario.products)) planCache.set(scenario, plan);
  }
  plan.ids.forEach((months, i) => {
    for (let month = months.length + 1; month <= rounds; month++) {
      const shock = `s${i}m${month}`;
      months.push({ shock, warning: `g${i}m${month}`, falseAlarm: `f${i}m${month}`, deal: `d${shock}` });
    }
  });
  return plan;
}

/** Draws the whole world of a scenario and seed for `rounds` months. */
export function generateWorld(scenario: Scenario, seed: string, rounds: number): World {
  const key = gameKey(seed);
  const { specStreams, signalStreams, noiseStreams, ids } = planOf(scenario, rounds);
  const months: WorldMonth[] = [];
  for (let month = 1; month <= rounds; month++)
    months.push({ month, noise: {}, shocks: [], signals: [], dealOffers: [] });
  const specs = scenario.shocks.slice(); // a plain copy: a built-in's frozen list is slower to walk
  const busyUntil = specs.map(() => 0);
  // Every stream is drawn from to its end before the next is opened: one object serves them all in turn.
  const stream = openStream(key, 1, 0);
  for (let month = 1; month <= rounds; month++) {
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i];
      const monthIds = ids[i][month - 1];
      reopenStream(stream, key, month, specStreams[i]);
      const shock = drawShock(scenario, spec, monthIds.shock, month, stream, busyUntil[i]);
      if (shock) {
        busyUntil[i] = shock.endMonth;
        for (let m = month; m <= Math.min(rounds, shock.endMonth); m++) months[m - 1].shocks.push(shock);
        if (shock.type === 'keyAccountDeal')
          months[month - 1].dealOffers.push(dealFor(scenario, shock, monthIds.deal, stream));
      }
      reopenStream(stream, key, month, signalStreams[i]);
      drawSignals(spec, monthIds, month, rounds, shock, stream, scenario, months);
    }
  }
  const products = productsOf(scenario);
  for (let m = 0; m < months.length; m++) {
    const world = months[m];
    for (let p = 0; p < products.length; p++) {
      const z = nextNormal(reopenStream(stream, key, world.month, noiseStreams[p]));
      world.noise[products[p].id] = Math.max(0, 1 + products[p].noise * z);
    }
  }
  return { months };
}
