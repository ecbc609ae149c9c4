/**
 * The round as a phase machine: briefing → sales → ops → consensus → execution → report.
 * `applyAction` is the only way a state changes; a refused action leaves it untouched.
 */

import type { Scenario } from './scenario-types';
import { heldSignals, isShared } from './signals';
import { applyRules, emptyPlans } from './transitions';
import type {
  Action,
  ActionError,
  DealOffer,
  GameSettings,
  GameState,
  Phase,
  ProductStock,
  Result,
  Role,
  World,
} from './types';
import { opsPlanError, type PlanMonth, salesPlanError } from './validate-plan';
import { ROLE_NAMES } from './words/roles';
import { generateWorld } from './world';

/** Bumped whenever the same record would give different figures. */
export const ENGINE_VERSION = '1.3.0';

/** A new game at month 1, phase briefing; its world is drawn from the seed alone (or given, already drawn). */
export function createGame(
  scenario: Scenario,
  seed: string,
  settings: GameSettings,
  world: World = generateWorld(scenario, seed, settings.rounds),
): GameState {
  const stock: Record<string, ProductStock> = {};
  const lastPromotion: GameState['lastPromotion'] = {};
  for (const p of scenario.products) {
    // Orders already on their way at the start: one base month for each month of lead time beyond the first.
    const pipeline = [];
    for (let m = 2; m <= scenario.supplier.leadTimeMonths; m++)
      pipeline.push({ arrivalMonth: m, units: p.baseDemand });
    stock[p.id] = { inventory: p.initialInventory, backlog: 0, materials: p.initialMaterials, pipeline };
    lastPromotion[p.id] = 0;
  }
  return {
    engineVersion: ENGINE_VERSION,
    scenario,
    seed,
    settings,
    world,
    month: 1,
    phase: 'briefing',
    stock,
    plans: emptyPlans(),
    sharedSignals: [],
    history: [],
    lastPromotion,
    actionCount: 0,
  };
}

const PHASE_NAMES: Record<Phase, string> = {
  briefing: 'the briefing',
  sales: "Sales' turn",
  ops: "Operations' turn",
  consensus: 'the consensus meeting',
  execution: 'execution',
  report: 'the round report',
  finished: 'the end of the game',
};

const ALLOWED: Record<Action['type'], Phase[]> = {
  startRound: ['briefing'],
  submitSalesPlan: ['sales'],
  submitOpsPlan: ['ops'],
  shareSignal: ['sales', 'ops', 'consensus'],
  reviseSalesPlan: ['consensus'],
  reviseOpsPlan: ['consensus'],
  signOff: ['consensus'],
  execute: ['execution'],
  nextRound: ['report'],
};

function fail(error: ActionError): Result<GameState, ActionError> {
  return { ok: false, error };
}

/** The next state: a copy of the same fixed shape every time (fast to build, fast to read), with the action's changes. */
function done(state: GameState, action: Action): Result<GameState, ActionError> {
  const value: GameState = {
    engineVersion: state.engineVersion,
    scenario: state.scenario,
    seed: state.seed,
    settings: state.settings,
    world: state.world,
    month: state.month,
    phase: state.phase,
    stock: state.stock,
    plans: state.plans,
    sharedSignals: state.sharedSignals,
    history: state.history,
    lastPromotion: state.lastPromotion,
    actionCount: state.actionCount + 1,
  };
  applyRules(state, action, value);
  return { ok: true, value };
}

function isRole(value: unknown): value is Role {
  return value === 'sales' || value === 'ops';
}

function shareError(state: GameState, role: Role, signalId: string): ActionError | null {
  if (state.phase !== 'consensus' && state.phase !== role)
    return {
      type: 'wrongPhase',
      message: `${ROLE_NAMES[role]} can share its cards during its own turn or the consensus meeting.`,
    };
  if (!heldSignals(state, role).some((s) => s.id === signalId))
    return {
      type: 'unknownSignal',
      path: 'signalId',
      message: `${ROLE_NAMES[role]} holds no card "${String(signalId)}" this month.`,
    };
  if (isShared(state, signalId))
    return { type: 'alreadyDone', message: 'That card has already been shared.' };
  return null;
}

function signOffError(state: GameState, role: Role): ActionError | null {
  if (state.plans.signedOff[role])
    return { type: 'alreadyDone', message: `${ROLE_NAMES[role]} has already signed off.` };
  return null;
}

function reviseError(state: GameState, role: Role, planError: ActionError | null): ActionError | null {
  if (state.plans.revised[role])
    return {
      type: 'alreadyDone',
      message: `${ROLE_NAMES[role]} has already used its one revision this month.`,
    };
  if (state.plans.signedOff[role])
    return { type: 'alreadyDone', message: 'A plan cannot be revised after signing off.' };
  return planError;
}

const NO_OFFERS: DealOffer[] = [];

/** This month's deal offers (none past the world's end). */
function offersNow(state: GameState): DealOffer[] {
  return state.world.months[state.month - 1]?.dealOffers ?? NO_OFFERS;
}

/** Where in the game a plan of this state is made (worked out for plan actions only). */
function planMonth(state: GameState): PlanMonth {
  return { month: state.month, rounds: state.settings.rounds };
}

/** Why the rules refuse an action in this phase of this state, or null when they accept it. */
function refusal(state: GameState, action: Action): ActionError | null {
  switch (action.type) {
    case 'submitSalesPlan':
      return salesPlanError(action.plan, state.scenario, offersNow(state), planMonth(state));
    case 'submitOpsPlan':
      return opsPlanError(action.plan, state.scenario, planMonth(state));
    case 'shareSignal':
      if (!isRole(action.role))
        return {
          type: 'unknownSignal',
          path: 'role',
          message: 'A card is shared by Sales or by Operations.',
        };
      return shareError(state, action.role, action.signalId);
    case 'reviseSalesPlan':
      return reviseError(
        state,
        'sales',
        salesPlanError(action.plan, state.scenario, offersNow(state), planMonth(state)),
      );
    case 'reviseOpsPlan':
      return reviseError(state, 'ops', opsPlanError(action.plan, state.scenario, planMonth(state)));
    case 'signOff':
      if (!isRole(action.role))
        return { type: 'wrongPhase', path: 'role', message: 'Only Sales or Operations can sign off.' };
      return signOffError(state, action.role);
    default:
      return null;
  }
}

/** Why the rules refuse an action in this state, or null when they accept it: what applyAction checks. A caller
 * that then applies the action with applyTrusted (one mutable state) gets the state applyAction would give. */
export function actionError(state: GameState, action: Action): ActionError | null {
  if (typeof action !== 'object' || action === null || !Object.hasOwn(ALLOWED, action.type)) {
    return {
      type: 'wrongPhase',
      message: `Unknown action "${String((action as { type?: unknown })?.type)}".`,
    };
  }
  if (!ALLOWED[action.type].includes(state.phase)) {
    return {
      type: 'wrongPhase',
      message: `"${action.type}" is not possible during ${PHASE_NAMES[state.phase]}.`,
    };
  }
  return refusal(state, action);
}

/** Applies one action: the next state, or a typed error with the state unchanged. */
export function applyAction(state: GameState, action: Action): Result<GameState, ActionError> {
  const error = actionError(state, action);
  return error ? fail(error) : done(state, action);
}
