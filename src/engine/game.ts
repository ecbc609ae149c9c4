/**
 * The round as a phase machine: briefing → sales → ops → consensus → execution → report.
 * `applyAction` is the only way a state changes; a refused action leaves it untouched.
 */
import { executeMonth } from './execute';
import type { Scenario } from './scenario-types';
import { heldSignals, isShared } from './signals';
import type {
  Action,
  ActionError,
  GameSettings,
  GameState,
  Phase,
  ProductStock,
  Result,
  Role,
} from './types';
import { opsPlanError, salesPlanError } from './validate-plan';
import { generateWorld } from './world';

/** Bumped whenever the same record would give different figures. */
export const ENGINE_VERSION = '1.1.0';

/** A new game at month 1, phase briefing; its world is drawn from the seed alone. */
export function createGame(scenario: Scenario, seed: string, settings: GameSettings): GameState {
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
    world: generateWorld(scenario, seed, settings.rounds),
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

function emptyPlans(): GameState['plans'] {
  return {
    sales: null,
    ops: null,
    revised: { sales: false, ops: false },
    signedOff: { sales: false, ops: false },
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

/** The next state: the same fixed shape every time (fast to build, fast to read). */
function done(state: GameState, changes: Partial<GameState>): Result<GameState, ActionError> {
  const value: GameState = {
    engineVersion: state.engineVersion,
    scenario: state.scenario,
    seed: state.seed,
    settings: state.settings,
    world: state.world,
    month: changes.month ?? state.month,
    phase: changes.phase ?? state.phase,
    stock: changes.stock ?? state.stock,
    plans: changes.plans ?? state.plans,
    sharedSignals: changes.sharedSignals ?? state.sharedSignals,
    history: changes.history ?? state.history,
    lastPromotion: changes.lastPromotion ?? state.lastPromotion,
    actionCount: state.actionCount + 1,
  };
  return { ok: true, value };
}

function isRole(value: unknown): value is Role {
  return value === 'sales' || value === 'ops';
}

function shareSignal(state: GameState, role: Role, signalId: string): Result<GameState, ActionError> {
  if (state.phase !== 'consensus' && state.phase !== role) {
    return fail({
      type: 'wrongPhase',
      message: `${role === 'sales' ? 'Sales' : 'Operations'} can share its cards during its own turn or the consensus meeting.`,
    });
  }
  if (!heldSignals(state, role).some((s) => s.id === signalId)) {
    return fail({
      type: 'unknownSignal',
      path: 'signalId',
      message: `${role === 'sales' ? 'Sales' : 'Operations'} holds no card "${String(signalId)}" this month.`,
    });
  }
  if (isShared(state, signalId))
    return fail({ type: 'alreadyDone', message: 'That card has already been shared.' });
  return done(state, {
    sharedSignals: [...state.sharedSignals, { signalId, role, month: state.month, phase: state.phase }],
  });
}

function signOff(state: GameState, role: Role): Result<GameState, ActionError> {
  if (state.plans.signedOff[role])
    return fail({
      type: 'alreadyDone',
      message: `${role === 'sales' ? 'Sales' : 'Operations'} has already signed off.`,
    });
  const signedOff = { ...state.plans.signedOff, [role]: true };
  const both = signedOff.sales && signedOff.ops;
  return done(state, { plans: { ...state.plans, signedOff }, phase: both ? 'execution' : 'consensus' });
}

function revise(
  state: GameState,
  role: Role,
  error: ActionError | null,
  changes: Partial<GameState['plans']>,
): Result<GameState, ActionError> {
  if (state.plans.revised[role])
    return fail({
      type: 'alreadyDone',
      message: `${role === 'sales' ? 'Sales' : 'Operations'} has already used its one revision this month.`,
    });
  if (state.plans.signedOff[role])
    return fail({ type: 'alreadyDone', message: 'A plan cannot be revised after signing off.' });
  if (error) return fail(error);
  // The other role signed a plan that has now changed: it must sign the new one.
  const other: Role = role === 'sales' ? 'ops' : 'sales';
  return done(state, {
    plans: {
      ...state.plans,
      ...changes,
      revised: { ...state.plans.revised, [role]: true },
      signedOff: { ...state.plans.signedOff, [other]: false },
    },
  });
}

function nextRound(state: GameState): Result<GameState, ActionError> {
  const last = state.month >= state.settings.rounds;
  return done(state, {
    month: last ? state.month : state.month + 1,
    phase: last ? 'finished' : 'briefing',
    plans: emptyPlans(),
  });
}

/** Applies one action: the next state, or a typed error with the state unchanged. */
export function applyAction(state: GameState, action: Action): Result<GameState, ActionError> {
  if (typeof action !== 'object' || action === null || !Object.hasOwn(ALLOWED, action.type)) {
    return fail({
      type: 'wrongPhase',
      message: `Unknown action "${String((action as { type?: unknown })?.type)}".`,
    });
  }
  if (!ALLOWED[action.type].includes(state.phase)) {
    return fail({
      type: 'wrongPhase',
      message: `"${action.type}" is not possible during ${PHASE_NAMES[state.phase]}.`,
    });
  }
  const offers = state.world.months[state.month - 1]?.dealOffers ?? [];
  switch (action.type) {
    case 'startRound':
      return done(state, { phase: 'sales' });
    case 'submitSalesPlan': {
      const error = salesPlanError(action.plan, state.scenario, offers);
      return error
        ? fail(error)
        : done(state, { phase: 'ops', plans: { ...state.plans, sales: action.plan } });
    }
    case 'submitOpsPlan': {
      const error = opsPlanError(action.plan, state.scenario);
      return error
        ? fail(error)
        : done(state, { phase: 'consensus', plans: { ...state.plans, ops: action.plan } });
    }
    case 'shareSignal':
      if (!isRole(action.role))
        return fail({
          type: 'unknownSignal',
          path: 'role',
          message: 'A card is shared by Sales or by Operations.',
        });
      return shareSignal(state, action.role, action.signalId);
    case 'reviseSalesPlan':
      return revise(state, 'sales', salesPlanError(action.plan, state.scenario, offers), {
        sales: action.plan,
      });
    case 'reviseOpsPlan':
      return revise(state, 'ops', opsPlanError(action.plan, state.scenario), { ops: action.plan });
    case 'signOff':
      if (!isRole(action.role))
        return fail({ type: 'wrongPhase', path: 'role', message: 'Only Sales or Operations can sign off.' });
      return signOff(state, action.role);
    case 'execute': {
      const { report, stock } = executeMonth(state);
      const lastPromotion = { ...state.lastPromotion };
      for (const p of state.scenario.products) lastPromotion[p.id] = report.products[p.id].promotion;
      return done(state, { phase: 'report', stock, lastPromotion, history: [...state.history, report] });
    }
    case 'nextRound':
      return nextRound(state);
  }
}
