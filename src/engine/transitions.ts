/**
 * What an accepted action changes: the phase machine's moves, without its checks. The checked
 * path (`applyAction`) writes them into a new state; the trusted path (`applyTrusted`) writes them
 * into the one state of a game. Both therefore follow the same rules.
 */

import { executeMonth } from './execute';
import type { Action, GameState, Role } from './types';
import { otherRole } from './words/roles';

/** The fields of a state an action may change. */
export type ChangingFields = Pick<
  GameState,
  'month' | 'phase' | 'stock' | 'plans' | 'sharedSignals' | 'history' | 'lastPromotion'
>;

/** Both roles' flags (revised, signed off): a value never changed once made, so the four there can be are made once. */
type Flags = GameState['plans']['signedOff'];
const FLAGS: readonly (readonly Flags[])[] = [
  [Object.freeze({ sales: false, ops: false }), Object.freeze({ sales: false, ops: true })],
  [Object.freeze({ sales: true, ops: false }), Object.freeze({ sales: true, ops: true })],
];

/** The flags with these values (one shared, frozen object for each pair). */
function flags(sales: boolean, ops: boolean): Flags {
  return FLAGS[sales ? 1 : 0][ops ? 1 : 0];
}

/** The plans of a round before anyone has decided. */
export function emptyPlans(): GameState['plans'] {
  return { sales: null, ops: null, revised: flags(false, false), signedOff: flags(false, false) };
}

/** The round's plans with some fields replaced (a literal of fixed shape, cheap to build and read). */
function plansWith(plans: GameState['plans'], changes: Partial<GameState['plans']>): GameState['plans'] {
  return {
    sales: changes.sales === undefined ? plans.sales : changes.sales,
    ops: changes.ops === undefined ? plans.ops : changes.ops,
    revised: changes.revised ?? plans.revised,
    signedOff: changes.signedOff ?? plans.signedOff,
  };
}

/** Both roles' flags, with one role's set to `value`. */
function flagsWith(current: Flags, role: Role, value: boolean): Flags {
  return flags(role === 'sales' ? value : current.sales, role === 'ops' ? value : current.ops);
}

/** The plans after a revision: the other role signed a plan that has now changed, so it must sign the new one. */
function revised(state: GameState, role: Role, plan: Partial<GameState['plans']>): GameState['plans'] {
  return plansWith(state.plans, {
    ...plan,
    revised: flagsWith(state.plans.revised, role, true),
    signedOff: flagsWith(state.plans.signedOff, otherRole(role), false),
  });
}

/**
 * Writes what an action the rules accept changes into `into`, reading `state`, which may be `into`
 * itself: every case reads what it needs before it writes, and every value written is new or never
 * changed (a shared flag pair, the plan's own records): no value of the state is edited.
 */
export function applyRules(state: GameState, action: Action, into: ChangingFields): void {
  switch (action.type) {
    case 'startRound':
      into.phase = 'sales';
      return;
    case 'submitSalesPlan':
      into.plans = plansWith(state.plans, { sales: action.plan });
      into.phase = 'ops';
      return;
    case 'submitOpsPlan':
      into.plans = plansWith(state.plans, { ops: action.plan });
      into.phase = 'consensus';
      return;
    case 'shareSignal': {
      const shared = { signalId: action.signalId, role: action.role, month: state.month, phase: state.phase };
      into.sharedSignals = [...state.sharedSignals, shared];
      return;
    }
    case 'reviseSalesPlan':
      into.plans = revised(state, 'sales', { sales: action.plan });
      return;
    case 'reviseOpsPlan':
      into.plans = revised(state, 'ops', { ops: action.plan });
      return;
    case 'signOff': {
      const signedOff = flagsWith(state.plans.signedOff, action.role, true);
      into.plans = plansWith(state.plans, { signedOff });
      into.phase = signedOff.sales && signedOff.ops ? 'execution' : 'consensus';
      return;
    }
    case 'execute': {
      const { report, stock, lastPromotion } = executeMonth(state);
      into.history = [...state.history, report];
      into.phase = 'report';
      into.stock = stock;
      into.lastPromotion = lastPromotion;
      return;
    }
    case 'nextRound': {
      const last = state.month >= state.settings.rounds;
      into.month = last ? state.month : state.month + 1;
      into.phase = last ? 'finished' : 'briefing';
      into.plans = emptyPlans();
      return;
    }
  }
}
