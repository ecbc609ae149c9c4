/** Whole rounds and whole games, for bots, tests, the CLI and the benchmark. */
import { OPS_BOTS, type OpsBotId, SALES_BOTS, type SalesBotId } from './bots';
import { applyAction, createGame } from './game';
import type { Scenario } from './scenario-types';
import { applyTrusted, createTrustedGame } from './trusted';
import type { Action, ActionError, GameSettings, GameState, OpsPlan, Result, Role, SalesPlan } from './types';
import { BotRoleView } from './views';

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

/** How a round's actions are applied: `act` returns false when one is refused. */
interface Mover {
  state: GameState;
  act(action: Action): boolean;
}

/** Shares the cards in order; false when one is refused. */
function shareAll(mover: Mover, role: Role, ids: readonly string[]): boolean {
  for (const signalId of ids) if (!mover.act({ type: 'shareSignal', role, signalId })) return false;
  return true;
}

/** The moves that carry nothing but their type and role, made once: an action is never changed once made, and a
 * bot game makes these five every month. */
const START_ROUND: Readonly<Action> = Object.freeze({ type: 'startRound' });
const SALES_SIGN_OFF: Readonly<Action> = Object.freeze({ type: 'signOff', role: 'sales' });
const OPS_SIGN_OFF: Readonly<Action> = Object.freeze({ type: 'signOff', role: 'ops' });
const EXECUTE: Readonly<Action> = Object.freeze({ type: 'execute' });
const NEXT_ROUND: Readonly<Action> = Object.freeze({ type: 'nextRound' });

/** The actions of one round from its briefing, in order; stops at the first refused one. */
function driveRound(mover: Mover, decisions: RoundDecisions): boolean {
  if (!mover.act(START_ROUND)) return false;
  const sales = decide(decisions.sales, mover.state);
  if (!shareAll(mover, 'sales', sales.share) || !mover.act({ type: 'submitSalesPlan', plan: sales.plan }))
    return false;
  const ops = decide(decisions.ops, mover.state);
  return (
    shareAll(mover, 'ops', ops.share) &&
    mover.act({ type: 'submitOpsPlan', plan: ops.plan }) &&
    mover.act(SALES_SIGN_OFF) &&
    mover.act(OPS_SIGN_OFF) &&
    mover.act(EXECUTE) &&
    mover.act(NEXT_ROUND)
  );
}

/** A mover through the checked rules: it keeps the first refusal and stops there. */
function checkedMover(state: GameState, log?: Action[]): Mover & { error?: ActionError } {
  const mover: Mover & { error?: ActionError } = {
    state,
    act(action) {
      const next = applyAction(mover.state, action);
      if (!next.ok) {
        mover.error = next.error;
        return false;
      }
      mover.state = next.value;
      log?.push(action);
      return true;
    },
  };
  return mover;
}

/** Runs a whole round from the briefing to the next briefing (or the end). */
export function playRound(
  state: GameState,
  decisions: RoundDecisions,
  log?: Action[],
): Result<GameState, ActionError> {
  const mover = checkedMover(state, log);
  driveRound(mover, decisions);
  return mover.error ? { ok: false, error: mover.error } : { ok: true, value: mover.state };
}

/**
 * Decisions of two bots, each seeing only its own role's view. A bot keeps nothing of its view, so
 * each role's view is built once and refreshed at every later turn.
 */
export function botDecisions(salesBot: SalesBotId, opsBot: OpsBotId): RoundDecisions {
  const sales = SALES_BOTS[salesBot];
  const ops = OPS_BOTS[opsBot];
  let salesView: BotRoleView | null = null;
  let opsView: BotRoleView | null = null;
  return {
    sales: (s) => {
      salesView = salesView ? salesView.refresh(s) : new BotRoleView('sales', s);
      return sales(salesView);
    },
    ops: (s) => {
      opsView = opsView ? opsView.refresh(s) : new BotRoleView('ops', s);
      return ops(opsView);
    },
  };
}

/** A whole game by two bots, round after round, through a mover. */
function playBots(mover: Mover & { error?: ActionError }, salesBot: SalesBotId, opsBot: OpsBotId): void {
  const decisions = botDecisions(salesBot, opsBot);
  while (mover.state.phase !== 'finished') {
    const month = mover.state.month;
    if (!driveRound(mover, decisions))
      throw new Error(
        `Bot ${salesBot}/${opsBot} made a refused move in month ${month}: ${mover.error?.message}`,
      );
  }
}

/** Plays a whole game with two bots through the checked rules; returns the final state and every action. */
export function playGame(
  scenario: Scenario,
  seed: string,
  settings: GameSettings,
  salesBot: SalesBotId,
  opsBot: OpsBotId,
): { state: GameState; actions: Action[] } {
  const actions: Action[] = [];
  const mover = checkedMover(createGame(scenario, seed, settings), actions);
  playBots(mover, salesBot, opsBot);
  return { state: mover.state, actions };
}

/**
 * The same game on the trusted fast path (tournament, benchmark): one mutable state, no checks,
 * the world shared with other pairs on the same seed. Same actions and state as `playGame`.
 */
export function playGameTrusted(
  scenario: Scenario,
  seed: string,
  settings: GameSettings,
  salesBot: SalesBotId,
  opsBot: OpsBotId,
): { state: GameState; actions: Action[] } {
  const actions: Action[] = [];
  const state = createTrustedGame(scenario, seed, settings);
  const mover: Mover = {
    state,
    act(action) {
      applyTrusted(state, action);
      actions.push(action);
      return true;
    },
  };
  playBots(mover, salesBot, opsBot);
  return { state, actions };
}
