/**
 * The world of a game: shocks, signals, deal offers and demand noise for every month, drawn
 * from the seed alone before anyone decides anything. Every team on the same scenario and seed
 * meets the same world; that is the game's fairness.
 */
import {
  gameKey,
  type MonthStream,
  nextBetween,
  nextInt,
  nextNormal,
  nextUniform,
  openStream,
  streamId,
} from './random';
import { DEMAND_SHOCKS, type Scenario, type ShockSpec } from './scenario-types';
import type { DealOffer, Role, ShockOccurrence, Signal, World, WorldMonth } from './types';

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

interface Draft {
  shocks: ShockOccurrence[];
  signals: Signal[];
  deals: DealOffer[];
}

/** Draws the shock of one spec starting in one month, if it starts. Draw count is fixed per month. */
function drawShock(
  scenario: Scenario,
  spec: ShockSpec,
  specIndex: number,
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
    id: `s${specIndex}m${month}`,
    type: spec.type,
    product,
    magnitude,
    startMonth: month,
    endMonth: month + activeMonths(spec.type, duration) - 1,
  };
}

function drawSignals(
  spec: ShockSpec,
  specIndex: number,
  month: number,
  rounds: number,
  shock: ShockOccurrence | null,
  stream: MonthStream,
  scenario: Scenario,
): Signal[] {
  const announce = nextUniform(stream);
  const falseRoll = nextUniform(stream);
  const falseMagnitude = roughly(nextBetween(stream, spec.magnitude[0], spec.magnitude[1]));
  const falseProduct = pickProduct(spec, scenario, stream);
  const role = signalRole(spec.type);
  const lead = spec.signal.leadMonths;
  const signals: Signal[] = [];
  if (shock && announce < spec.signal.reliability) {
    signals.push({
      id: `g${specIndex}m${month}`,
      role,
      shockType: spec.type,
      product: shock.product,
      visibleFrom: Math.max(1, month - lead),
      aboutMonth: month,
      magnitude: roughly(shock.magnitude),
      shockId: shock.id,
    });
  }
  const aboutMonth = month + lead;
  if (falseRoll < spec.signal.falseAlarmRate && aboutMonth <= rounds && aboutMonth >= spec.firstMonth) {
    signals.push({
      id: `f${specIndex}m${month}`,
      role,
      shockType: spec.type,
      product: falseProduct,
      visibleFrom: month,
      aboutMonth,
      magnitude: falseMagnitude,
      shockId: null,
    });
  }
  return signals;
}

function dealFor(scenario: Scenario, shock: ShockOccurrence, stream: MonthStream): DealOffer {
  const discount = Math.round(nextBetween(stream, 0.08, 0.2) * 100) / 100;
  const customer = CUSTOMERS[nextInt(stream, 0, CUSTOMERS.length - 1)];
  const product = scenario.products.find((p) => p.id === shock.product) ?? scenario.products[0];
  return {
    id: `d${shock.id}`,
    product: product.id,
    month: shock.startMonth,
    units: Math.max(1, Math.round(shock.magnitude * product.baseDemand)),
    discount,
    customer,
  };
}

interface ScenarioStreams {
  specStreams: number[];
  signalStreams: number[];
  noiseStreams: number[];
}

const streamCache = new WeakMap<Scenario, ScenarioStreams>();

/** The ids of a scenario's named streams (memoised for frozen scenarios, which cannot change). */
function streamsOf(scenario: Scenario): ScenarioStreams {
  let streams = streamCache.get(scenario);
  if (!streams) {
    streams = {
      specStreams: scenario.shocks.map((spec, i) => streamId(`shock:${i}:${spec.type}`)),
      signalStreams: scenario.shocks.map((spec, i) => streamId(`signal:${i}:${spec.type}`)),
      noiseStreams: scenario.products.map((p) => streamId(`noise:${p.id}`)),
    };
    if (Object.isFrozen(scenario.shocks) && Object.isFrozen(scenario.products))
      streamCache.set(scenario, streams);
  }
  return streams;
}

/** Draws the whole world of a scenario and seed for `rounds` months. */
export function generateWorld(scenario: Scenario, seed: string, rounds: number): World {
  const key = gameKey(seed);
  const drafts: Draft[] = [];
  for (let m = 1; m <= rounds; m++) drafts.push({ shocks: [], signals: [], deals: [] });
  const busyUntil = scenario.shocks.map(() => 0);
  const { specStreams, signalStreams, noiseStreams } = streamsOf(scenario);
  for (let month = 1; month <= rounds; month++) {
    scenario.shocks.forEach((spec, i) => {
      const stream = openStream(key, month, specStreams[i]);
      const shock = drawShock(scenario, spec, i, month, stream, busyUntil[i]);
      if (shock) {
        busyUntil[i] = shock.endMonth;
        for (let m = month; m <= Math.min(rounds, shock.endMonth); m++) drafts[m - 1].shocks.push(shock);
        if (shock.type === 'keyAccountDeal') drafts[month - 1].deals.push(dealFor(scenario, shock, stream));
      }
      const signalStream = openStream(key, month, signalStreams[i]);
      for (const signal of drawSignals(spec, i, month, rounds, shock, signalStream, scenario)) {
        drafts[signal.visibleFrom - 1].signals.push(signal);
      }
    });
  }
  const months: WorldMonth[] = drafts.map((draft, index) => {
    const month = index + 1;
    const noise: Record<string, number> = {};
    scenario.products.forEach((product, p) => {
      const z = nextNormal(openStream(key, month, noiseStreams[p]));
      noise[product.id] = Math.max(0, 1 + product.noise * z);
    });
    return { month, noise, shocks: draft.shocks, signals: draft.signals, dealOffers: draft.deals };
  });
  return { months };
}
