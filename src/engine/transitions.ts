/**
 * What an accepted action changes: the phase machine's moves, without its checks. The checked
 * path (`applyAction`) builds a new state from these changes; the trusted path (`applyTrusted`)
 * writes them into the one state of a game. Both therefore follow the same rules.
 */

import { executeMonth } from './execute';
import type { Action, GameState, Role } from './types';
import { otherRole } from './words/roles';

/** The fields of a state an action changes (each changed field is a new value; the state is not touched). */
export type StateChanges = Partial<
  Pick<GameState, 'month' | 'phase' | 'stock' | 'plans' | 'sharedSignals' | 'history' | 'lastPromotion'>
>;

/** The plans of a round before anyone has decided. */
export function emptyPlans(): GameState['plans'] {
  return {
    sales: null,
    ops: null,
    revised: { sales: false, ops: false },
    signedOff: { sales: false, ops: false },
  };
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
function flagsWith(flags: { sales: boolean; ops: boolean }, role: Role, value: boolean) {
  return { sales: role === 'sales' ? value : flags.sales, ops: role === 'ops' ? value : flags.ops };
}

function revised(state: GameState, role: Role, plan: Partial<GameState['plans']>): StateChanges {
  // The other role signed a plan that has now changed: it must sign the new one.
  const other = otherRole(role);
  return {
    plans: plansWith(state.plans, {
      ...plan,
      revised: flagsWith(state.plans.revised, role, true),
      signedOff: flagsWith(state.plans.signedOff, other, false),
    }),
  };
}

/** The changes an action the rules accept makes to a state. */
export function changesOf(state: GameState, action: Action): StateChanges {
  switch (action.type) {
    case 'startRound':
      return { phase: 'sales' };
    case 'submitSalesPlan':
      return { phase: 'ops', plans: plansWith(state.plans, { sales: action.plan }) };
    case 'submitOpsPlan':
      return { phase: 'consensus', plans: plansWith(state.plans, { ops: action.plan }) };
    case 'shareSignal': {
      const shared = { signalId: action.signalId, role: action.role, month: state.month, phase: state.phase };
      return { sharedSignals: [...state.sharedSignals, shared] };
    }
    case 'reviseSalesPlan':
      return revised(state, 'sales', { sales: action.plan });
    case 'reviseOpsPlan':
      return revised(state, 'ops', { ops: action.plan });
    case 'signOff': {
      const signedOff = flagsWith(state.plans.signedOff, action.role, true);
      const both = signedOff.sales && signedOff.ops;
      return { plans: plansWith(state.plans, { signedOff }), phase: both ? 'execution' : 'consensus' };
    }
    case 'execute': {
      const { report, stock, lastPromotion } = executeMonth(state);
      return { phase: 'report', stock, lastPromotion, history: [...state.history, report] };
    }
    case 'nextRound': {
      const last = state.month >= state.settings.rounds;
      return {
        month: last ? state.month : state.month + 1,
        phase: last ? 'finished' : 'briefing',
        plans: emptyPlans(),
      };
    }
  }
}
