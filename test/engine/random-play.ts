/**
 * Random valid decisions for fairness and property tests: fast-check arbitraries for one round's
 * choices, and a driver that turns them into actions a real player could take.
 */
import fc from 'fast-check';
import { applyAction, createGame } from '../../src/engine/game';
import { opsPlanWithinGame, salesPlanWithinGame } from '../../src/engine/game-end';
import { PROMOTION_LEVELS, type Scenario } from '../../src/engine/scenario-types';
import { heldSignals } from '../../src/engine/signals';
import type { Action, GameSettings, GameState, Horizon, OpsPlan, SalesPlan } from '../../src/engine/types';

/** Per-product choices, in percent of the product's base demand. */
export interface ProductChoice {
  forecast: [number, number, number];
  production: [number, number, number];
  promotion: 0 | 10 | 20;
  order: number;
  expedite: number;
}

/** Everything decided in one round. */
export interface RoundChoice {
  products: ProductChoice[];
  acceptDeals: boolean;
  /** Share of the plant's overtime maximum, 0–1. */
  overtime: number;
  /** Bit masks over the cards each role holds: which to share in its turn, which at the meeting. */
  salesShares: number;
  opsShares: number;
  meetingShares: number;
  revise: 'none' | 'sales' | 'ops' | 'both';
  /** Percent the revision scales the first month by. */
  revisionScale: number;
}

const percent = fc.integer({ min: 0, max: 300 });
const horizon = fc.tuple(percent, percent, percent);

/** One product's choices within sane bounds (0–3 × base demand; expedite up to half). */
export const productChoiceArb: fc.Arbitrary<ProductChoice> = fc.record({
  forecast: horizon,
  production: horizon,
  promotion: fc.constantFrom(...PROMOTION_LEVELS),
  order: percent,
  expedite: fc.integer({ min: 0, max: 50 }),
});

/** One round's choices. */
export const roundChoiceArb: fc.Arbitrary<RoundChoice> = fc.record({
  products: fc.array(productChoiceArb, { minLength: 3, maxLength: 3 }),
  acceptDeals: fc.boolean(),
  overtime: fc.double({ min: 0, max: 1, noNaN: true }),
  salesShares: fc.nat({ max: 255 }),
  opsShares: fc.nat({ max: 255 }),
  meetingShares: fc.nat({ max: 255 }),
  revise: fc.constantFrom('none', 'sales', 'ops', 'both'),
  revisionScale: fc.integer({ min: 50, max: 150 }),
});

function units(base: number, pct: number): number {
  return Math.round((base * pct) / 100);
}

/** The Sales plan a round's choices make for a state (nothing after the game's end, as the form asks). */
export function salesPlanOf(state: GameState, choice: RoundChoice): SalesPlan {
  const plan: SalesPlan = { forecast: {}, promotion: {}, acceptDeals: [] };
  state.scenario.products.forEach((p, i) => {
    const c = choice.products[i % choice.products.length];
    plan.forecast[p.id] = c.forecast.map((pct) => units(p.baseDemand, pct)) as Horizon;
    plan.promotion[p.id] = c.promotion;
  });
  if (choice.acceptDeals)
    plan.acceptDeals = (state.world.months[state.month - 1]?.dealOffers ?? []).map((d) => d.id);
  return salesPlanWithinGame(plan, state.month, state.settings.rounds);
}

/** The Operations plan a round's choices make for a state. */
export function opsPlanOf(state: GameState, choice: RoundChoice): OpsPlan {
  const plan: OpsPlan = {
    production: {},
    materialOrder: {},
    expedite: {},
    overtimeHours: Math.round(choice.overtime * state.scenario.plant.overtimeMaxHours),
  };
  state.scenario.products.forEach((p, i) => {
    const c = choice.products[i % choice.products.length];
    plan.production[p.id] = c.production.map((pct) => units(p.baseDemand, pct)) as Horizon;
    plan.materialOrder[p.id] = units(p.baseDemand, c.order);
    plan.expedite[p.id] = units(p.baseDemand, c.expedite);
  });
  return opsPlanWithinGame(plan, state.scenario, state.month, state.settings.rounds);
}

function scaleFirst(h: Horizon, pct: number): Horizon {
  return [units(h[0], pct), h[1], h[2]];
}

/** The share actions a mask picks from the cards a role holds and has not shared. */
function shareActions(state: GameState, role: 'sales' | 'ops', mask: number): Action[] {
  return heldSignals(state, role)
    .filter((s, i) => (mask >> i) & 1 && !state.sharedSignals.some((x) => x.signalId === s.id))
    .map((s) => ({ type: 'shareSignal', role, signalId: s.id }));
}

/** The actions of one round from its briefing, applied as they are chosen. */
function playChosenRound(state: GameState, choice: RoundChoice, log: Action[]): GameState {
  let current = state;
  const act = (action: Action) => {
    const next = applyAction(current, action);
    if (!next.ok) throw new Error(`A valid move was refused (${action.type}): ${next.error.message}`);
    current = next.value;
    log.push(action);
  };
  act({ type: 'startRound' });
  for (const a of shareActions(current, 'sales', choice.salesShares)) act(a);
  const sales = salesPlanOf(current, choice);
  act({ type: 'submitSalesPlan', plan: sales });
  for (const a of shareActions(current, 'ops', choice.opsShares)) act(a);
  const ops = opsPlanOf(current, choice);
  act({ type: 'submitOpsPlan', plan: ops });
  for (const a of shareActions(current, 'sales', choice.meetingShares)) act(a);
  for (const a of shareActions(current, 'ops', choice.meetingShares >> 4)) act(a);
  if (choice.revise === 'sales' || choice.revise === 'both') {
    const forecast: SalesPlan['forecast'] = {};
    for (const [id, h] of Object.entries(sales.forecast)) forecast[id] = scaleFirst(h, choice.revisionScale);
    act({ type: 'reviseSalesPlan', plan: { ...sales, forecast } });
  }
  if (choice.revise === 'ops' || choice.revise === 'both') {
    const production: OpsPlan['production'] = {};
    for (const [id, h] of Object.entries(ops.production))
      production[id] = scaleFirst(h, choice.revisionScale);
    act({ type: 'reviseOpsPlan', plan: { ...ops, production } });
  }
  act({ type: 'signOff', role: 'ops' });
  act({ type: 'signOff', role: 'sales' });
  act({ type: 'execute' });
  act({ type: 'nextRound' });
  return current;
}

/** Plays a whole game on these choices (repeated if there are fewer than rounds). */
export function playChoices(
  scenario: Scenario,
  seed: string,
  settings: GameSettings,
  choices: RoundChoice[],
): { state: GameState; actions: Action[] } {
  const actions: Action[] = [];
  let state = createGame(scenario, seed, settings);
  while (state.phase !== 'finished')
    state = playChosenRound(state, choices[(state.month - 1) % choices.length], actions);
  return { state, actions };
}
