/** Real games at chosen points, for phase-machine, bad-input, signal and view tests. */
import { applyAction, createGame } from '../../src/engine/game';
import { defaultOpsPlan, defaultSalesPlan } from '../../src/engine/plans';
import { botDecisions, playRound } from '../../src/engine/play';
import { getScenario } from '../../src/engine/scenarios';
import { heldSignals } from '../../src/engine/signals';
import type { Action, GameState, Phase, Role } from '../../src/engine/types';

/** Applies an action that must be accepted, or throws with the engine's message. */
export function must(state: GameState, action: Action): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`${action.type} refused: ${result.error.message}`);
  return result.value;
}

/** The steady-start game (2 rounds) at every phase of month 1, and finished after round 2. */
export function statesByPhase(): Record<Phase, GameState> {
  const briefing = createGame(getScenario('steady-start')!, 'phases', { rounds: 2, rotateEvery: 1 });
  const sales = must(briefing, { type: 'startRound' });
  const ops = must(sales, { type: 'submitSalesPlan', plan: defaultSalesPlan(sales) });
  const consensus = must(ops, { type: 'submitOpsPlan', plan: defaultOpsPlan(ops) });
  const execution = must(must(consensus, { type: 'signOff', role: 'sales' }), {
    type: 'signOff',
    role: 'ops',
  });
  const report = must(execution, { type: 'execute' });
  const month2 = must(report, { type: 'nextRound' });
  const played = playRound(month2, {
    sales: (s) => ({ plan: defaultSalesPlan(s), share: [] }),
    ops: (s) => ({ plan: defaultOpsPlan(s), share: [] }),
  });
  if (!played.ok) throw new Error(played.error.message);
  return { briefing, sales, ops, consensus, execution, report, finished: played.value };
}

/** A game of `scenarioId` and `seed`, played by planner-silent bots up to the briefing of `month`. */
export function gameAt(scenarioId: string, seed: string, month: number, rounds = 12): GameState {
  let state = createGame(getScenario(scenarioId)!, seed, { rounds, rotateEvery: 1 });
  const decisions = botDecisions('planner-silent', 'planner-silent');
  while (state.month < month) {
    const next = playRound(state, decisions);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
  }
  return state;
}

/** The first briefing (over the built-ins and a few seeds) where both roles hold at least one card. */
export function briefingWithCards(roles: Role[] = ['sales', 'ops']): GameState {
  for (const id of ['supply-crunch', 'black-swan', 'steady-start', 'promotion-whiplash', 'seasonal-peak']) {
    for (let seed = 0; seed < 20; seed++) {
      let state = createGame(getScenario(id)!, `cards-${seed}`, { rounds: 12, rotateEvery: 1 });
      const decisions = botDecisions('planner-silent', 'planner-silent');
      while (state.phase === 'briefing') {
        if (roles.every((role) => heldSignals(state, role).length > 0)) return state;
        const next = playRound(state, decisions);
        if (!next.ok) throw new Error(next.error.message);
        state = next.value;
      }
    }
  }
  throw new Error(`No game found where ${roles.join(' and ')} hold cards`);
}
