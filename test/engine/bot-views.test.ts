import { describe, expect, it } from 'vitest';
import {
  OPS_BOT_IDS,
  OPS_BOTS,
  type OpsDecision,
  SALES_BOT_IDS,
  SALES_BOTS,
  type SalesDecision,
} from '../../src/engine/bots';
import { createGame } from '../../src/engine/game';
import { defaultSalesPlan } from '../../src/engine/plans';
import { botDecisions, playRound } from '../../src/engine/play';
import { getScenario } from '../../src/engine/scenarios';
import { heldSignals } from '../../src/engine/signals';
import type { GameState, Role, Signal } from '../../src/engine/types';
import { BotRoleView, roleView } from '../../src/engine/views';
import { briefingWithCards, must } from './games';

/** The same state with the other role's unshared cards changed beyond recognition, plus one invented. */
function withOtherCardsChanged(state: GameState, other: Role): GameState {
  const shared = new Set(state.sharedSignals.map((s) => s.signalId));
  const alter = (s: Signal): Signal =>
    s.role === other && !shared.has(s.id)
      ? { ...s, magnitude: 0.95, shockType: other === 'ops' ? 'labourStrike' : 'panicBuying' }
      : s;
  const invented: Signal = {
    id: 'invented',
    role: other,
    shockType: other === 'ops' ? 'machineBreakdown' : 'viralSpike',
    product: 'all',
    visibleFrom: state.month,
    aboutMonth: state.month,
    magnitude: 0.9,
    shockId: null,
  };
  return {
    ...state,
    world: {
      months: state.world.months.map((m) => ({
        ...m,
        signals: [...m.signals.map(alter), ...(m.month === state.month ? [invented] : [])],
      })),
    },
  };
}

const briefing = briefingWithCards();
const salesTurn = must(briefing, { type: 'startRound' });
const opsTurn = must(salesTurn, { type: 'submitSalesPlan', plan: defaultSalesPlan(salesTurn) });

describe('bots see only their own role’s view', () => {
  it('the states really differ in the other role’s cards', () => {
    expect(heldSignals(withOtherCardsChanged(salesTurn, 'ops'), 'ops')).not.toEqual(
      heldSignals(salesTurn, 'ops'),
    );
    expect(heldSignals(salesTurn, 'ops').length).toBeGreaterThan(0);
    expect(heldSignals(opsTurn, 'sales').length).toBeGreaterThan(0);
  });

  it('the Sales view does not change with Operations’ unshared cards', () => {
    expect(roleView(withOtherCardsChanged(salesTurn, 'ops'), 'sales')).toEqual(roleView(salesTurn, 'sales'));
  });

  it('the Operations view does not change with Sales’ unshared cards', () => {
    expect(roleView(withOtherCardsChanged(opsTurn, 'sales'), 'ops')).toEqual(roleView(opsTurn, 'ops'));
  });

  it.each(SALES_BOT_IDS)('Sales bot %s decides the same whatever Operations holds', (id) => {
    const bot = SALES_BOTS[id];
    expect(bot(roleView(withOtherCardsChanged(salesTurn, 'ops'), 'sales'))).toEqual(
      bot(roleView(salesTurn, 'sales')),
    );
  });

  it.each(OPS_BOT_IDS)('Operations bot %s decides the same whatever Sales holds', (id) => {
    const bot = OPS_BOTS[id];
    expect(bot(roleView(withOtherCardsChanged(opsTurn, 'sales'), 'ops'))).toEqual(
      bot(roleView(opsTurn, 'ops')),
    );
  });

  it('a shared card does reach the other role’s view (the check can fail)', () => {
    const card = heldSignals(opsTurn, 'ops')[0];
    const shared = must(opsTurn, { type: 'shareSignal', role: 'ops', signalId: card.id });
    expect(roleView(shared, 'sales')).not.toEqual(roleView(opsTurn, 'sales'));
    expect(roleView(withOtherCardsChanged(opsTurn, 'ops'), 'ops')).not.toEqual(roleView(opsTurn, 'ops'));
  });
});

describe('the view bot games refresh at every turn', () => {
  it('reads as roleView at every turn of a game where both roles share cards', () => {
    const views = { sales: null as BotRoleView | null, ops: null as BotRoleView | null };
    const planners = botDecisions('planner', 'planner');
    const seen = (state: GameState, role: Role): void => {
      const view = views[role]?.refresh(state) ?? new BotRoleView(role, state);
      views[role] = view;
      const plain = roleView(state, role);
      for (const key of Object.keys(plain) as (keyof typeof plain)[])
        expect(view[key], key).toEqual(plain[key]);
    };
    // Promotion whiplash: cards to share and key-account deals on the table.
    let state = createGame(getScenario('promotion-whiplash')!, 'views', { rounds: 12, rotateEvery: 1 });
    let sharedSeen = 0;
    let dealsSeen = 0;
    while (state.phase !== 'finished') {
      const next = playRound(state, {
        sales: (s) => {
          seen(s, 'sales');
          sharedSeen += views.sales?.sharedWithMe.length ?? 0;
          dealsSeen += views.sales?.dealOffers.length ?? 0;
          return (planners.sales as (s: GameState) => ReturnType<typeof SALES_BOTS.planner>)(s);
        },
        ops: (s) => {
          seen(s, 'ops');
          return (planners.ops as (s: GameState) => ReturnType<typeof OPS_BOTS.planner>)(s);
        },
      });
      if (!next.ok) throw new Error(next.error.message);
      state = next.value;
    }
    expect(sharedSeen).toBeGreaterThan(0);
    expect(dealsSeen).toBeGreaterThan(0);
  });

  it('every bot leaves what it is shown unchanged (its plan is its own, cut to the game in place)', () => {
    /** Freezes every level: a bot that wrote into its view's plans, stock or history would throw. */
    const deepFreeze = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
      Object.freeze(value);
      for (const item of Object.values(value)) deepFreeze(item);
    };
    let turns = 0;
    for (const sales of SALES_BOT_IDS)
      for (const ops of OPS_BOT_IDS) {
        const bots = botDecisions(sales, ops);
        const frozen =
          <D>(decide: (s: GameState) => D) =>
          (s: GameState): D => {
            deepFreeze(s);
            turns++;
            return decide(s);
          };
        // A six-month game: the plans of its last two months are cut to the game's end.
        let state = createGame(getScenario('promotion-whiplash')!, `frozen-${sales}-${ops}`, {
          rounds: 6,
          rotateEvery: 1,
        });
        while (state.phase !== 'finished') {
          const next = playRound(state, {
            sales: frozen(bots.sales as (s: GameState) => SalesDecision),
            ops: frozen(bots.ops as (s: GameState) => OpsDecision),
          });
          if (!next.ok) throw new Error(next.error.message);
          state = next.value;
        }
        expect(state.history).toHaveLength(6);
      }
    expect(turns).toBe(16 * 6 * 2);
  });
});
