/** Whole rounds and whole games, for bots, tests, the CLI and the benchmark. */
import { OPS_BOTS, type OpsBotId, SALES_BOTS, type SalesBotId } from './bots';
import { applyAction, createGame } from './game';
import type { Scenario } from './scenario-types';
import type { Action, ActionError, GameSettings, GameState, OpsPlan, Result, Role, SalesPlan } from './types';
import { roleView } from './views';

/** The decisions of one round; plans may also be functions of the state at their turn. */
export interface RoundDecisions {
  sales: SalesPlan | ((state: GameState) => { plan: SalesPlan; share: string[] });
  ops: OpsPlan | ((state: GameState) => { plan: OpsPlan; share: string[] });
}

/** Applies actions in order, stopping at the first refusal; each applied action is appended to `log`. */
export function applyAll(
  state: GameState,
  actions: Action[],
  log?: Action[],
): Result<GameState, ActionError> {
  let current = state;
  for (const action of actions) {
    const next = applyAction(current, action);
    if (!next.ok) return next;
    current = next.value;
    log?.push(action);
  }
  return { ok: true, value: current };
}

function decide<P>(
  decision: P | ((s: GameState) => { plan: P; share: string[] }),
  state: GameState,
): { plan: P; share: string[] } {
  return typeof decision === 'function'
    ? (decision as (s: GameState) => { plan: P; share: string[] })(state)
    : { plan: decision, share: [] };
}

function shares(role: Role, ids: string[]): Action[] {
  return ids.map((signalId) => ({ type: 'shareSignal', role, signalId }));
}

/** Runs a whole round from the briefing to the next briefing (or the end). */
export function playRound(
  state: GameState,
  decisions: RoundDecisions,
  log?: Action[],
): Result<GameState, ActionError> {
  const started = applyAll(state, [{ type: 'startRound' }], log);
  if (!started.ok) return started;
  const sales = decide(decisions.sales, started.value);
  const afterSales = applyAll(
    started.value,
    [...shares('sales', sales.share), { type: 'submitSalesPlan', plan: sales.plan }],
    log,
  );
  if (!afterSales.ok) return afterSales;
  const ops = decide(decisions.ops, afterSales.value);
  return applyAll(
    afterSales.value,
    [
      ...shares('ops', ops.share),
      { type: 'submitOpsPlan', plan: ops.plan },
      { type: 'signOff', role: 'sales' },
      { type: 'signOff', role: 'ops' },
      { type: 'execute' },
      { type: 'nextRound' },
    ],
    log,
  );
}

/** Decisions of two bots, each seeing only its own role's view. */
export function botDecisions(salesBot: SalesBotId, opsBot: OpsBotId): RoundDecisions {
  return {
    sales: (s) => SALES_BOTS[salesBot](roleView(s, 'sales')),
    ops: (s) => OPS_BOTS[opsBot](roleView(s, 'ops')),
  };
}

/** Plays a whole game with two bots; returns the final state and every action taken. */
export function playGame(
  scenario: Scenario,
  seed: string,
  settings: GameSettings,
  salesBot: SalesBotId,
  opsBot: OpsBotId,
): { state: GameState; actions: Action[] } {
  const actions: Action[] = [];
  let state = createGame(scenario, seed, settings);
  const decisions = botDecisions(salesBot, opsBot);
  while (state.phase !== 'finished') {
    const next = playRound(state, decisions, actions);
    if (!next.ok)
      throw new Error(
        `Bot ${salesBot}/${opsBot} made a refused move in month ${state.month}: ${next.error.message}`,
      );
    state = next.value;
  }
  return { state, actions };
}
