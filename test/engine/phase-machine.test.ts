import { describe, expect, it } from 'vitest';
import { applyAction } from '../../src/engine/game';
import { defaultOpsPlan, defaultSalesPlan } from '../../src/engine/plans';
import { getScenario } from '../../src/engine/scenarios';
import { heldSignals } from '../../src/engine/signals';
import { type Action, type ActionType, type GameState, PHASES, type Phase } from '../../src/engine/types';
import { briefingWithCards, must, statesByPhase } from './games';

const states = statesByPhase();

/** One well-formed action of every type, for a state at any phase. */
function actionsFor(state: GameState): Record<ActionType, Action> {
  const sales = defaultSalesPlan(state);
  const ops = defaultOpsPlan(state);
  return {
    startRound: { type: 'startRound' },
    submitSalesPlan: { type: 'submitSalesPlan', plan: sales },
    submitOpsPlan: { type: 'submitOpsPlan', plan: ops },
    shareSignal: { type: 'shareSignal', role: 'sales', signalId: 'any' },
    reviseSalesPlan: { type: 'reviseSalesPlan', plan: sales },
    reviseOpsPlan: { type: 'reviseOpsPlan', plan: ops },
    signOff: { type: 'signOff', role: 'sales' },
    execute: { type: 'execute' },
    nextRound: { type: 'nextRound' },
  };
}

const ALLOWED: Record<ActionType, Phase[]> = {
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

const wrongCases = PHASES.flatMap((phase) =>
  (Object.keys(ALLOWED) as ActionType[])
    .filter((type) => !ALLOWED[type].includes(phase))
    .map((type) => [type, phase] as const),
);

describe('actions in the wrong phase', () => {
  it('cover every phase', () => {
    expect(Object.keys(states).sort()).toEqual([...PHASES].sort());
    for (const phase of PHASES) expect(states[phase].phase).toBe(phase);
  });

  it.each(wrongCases)('%s during %s is refused as wrongPhase, state untouched', (type, phase) => {
    const state = states[phase];
    const before = structuredClone(state);
    const result = applyAction(state, actionsFor(state)[type]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.type).toBe('wrongPhase');
      expect(result.error.message).toMatch(/not possible during|during its own turn/);
    }
    expect(state).toEqual(before);
  });

  it('refuses Operations sharing during Sales’ turn and Sales sharing during Operations’ turn', () => {
    const fromOps = applyAction(states.sales, { type: 'shareSignal', role: 'ops', signalId: 'x' });
    const fromSales = applyAction(states.ops, { type: 'shareSignal', role: 'sales', signalId: 'x' });
    expect(fromOps.ok || fromOps.error.type).toBe('wrongPhase');
    expect(fromSales.ok || fromSales.error.type).toBe('wrongPhase');
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'launchRocket'])(
    'refuses an unknown action type "%s" without throwing',
    (type) => {
      const state = states.briefing;
      const result = applyAction(state, { type } as unknown as Action);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/Unknown action/);
    },
  );

  it('refuses a missing action without throwing', () => {
    expect(applyAction(states.briefing, null as unknown as Action).ok).toBe(false);
    expect(applyAction(states.briefing, undefined as unknown as Action).ok).toBe(false);
  });
});

describe('the order of a round', () => {
  it('goes briefing → sales → ops → consensus → execution → report → briefing of the next month', () => {
    const { briefing, sales, ops, consensus, execution, report } = states;
    expect([briefing, sales, ops, consensus, execution, report].map((s) => s.phase)).toEqual([
      'briefing',
      'sales',
      'ops',
      'consensus',
      'execution',
      'report',
    ]);
    expect([briefing, sales, ops, consensus, execution, report].every((s) => s.month === 1)).toBe(true);
    const next = must(report, { type: 'nextRound' });
    expect([next.month, next.phase]).toEqual([2, 'briefing']);
    expect(next.plans).toEqual({
      sales: null,
      ops: null,
      revised: { sales: false, ops: false },
      signedOff: { sales: false, ops: false },
    });
  });

  it('finishes after the report of the last round, staying on the last month', () => {
    expect(states.finished.phase).toBe('finished');
    expect(states.finished.month).toBe(2);
    expect(states.finished.history.map((r) => r.month)).toEqual([1, 2]);
  });

  it('adds one report per executed month and counts every accepted action', () => {
    expect(states.execution.history).toHaveLength(0);
    expect(states.report.history).toHaveLength(1);
    expect(states.report.actionCount).toBe(states.execution.actionCount + 1);
    expect(states.briefing.actionCount).toBe(0);
  });

  it('keeps the submitted plans for the consensus meeting', () => {
    expect(states.consensus.plans.sales).toEqual(defaultSalesPlan(states.sales));
    expect(states.consensus.plans.ops).toEqual(defaultOpsPlan(states.ops));
  });
});

describe('the consensus meeting', () => {
  const { consensus } = states;
  const revisedSales = {
    ...defaultSalesPlan(consensus),
    // A 2-month game: month 3 is after its end, so its forecast is 0.
    forecast: { kettle: [1300, 1250, 0] as [number, number, number] },
  };

  it('lets each role revise its own plan once', () => {
    const once = must(consensus, { type: 'reviseSalesPlan', plan: revisedSales });
    expect(once.plans.sales).toEqual(revisedSales);
    expect(once.plans.revised).toEqual({ sales: true, ops: false });
    const twice = applyAction(once, { type: 'reviseSalesPlan', plan: revisedSales });
    expect(twice.ok || twice.error.type).toBe('alreadyDone');
    const opsOnce = must(once, { type: 'reviseOpsPlan', plan: defaultOpsPlan(consensus) });
    expect(opsOnce.plans.revised).toEqual({ sales: true, ops: true });
    const opsTwice = applyAction(opsOnce, { type: 'reviseOpsPlan', plan: defaultOpsPlan(consensus) });
    expect(opsTwice.ok || opsTwice.error.message).toMatch(/one revision/);
  });

  it('stays in consensus until both roles sign off, then moves to execution', () => {
    const salesSigned = must(consensus, { type: 'signOff', role: 'sales' });
    expect(salesSigned.phase).toBe('consensus');
    expect(must(salesSigned, { type: 'signOff', role: 'ops' }).phase).toBe('execution');
    const opsFirst = must(consensus, { type: 'signOff', role: 'ops' });
    expect(opsFirst.phase).toBe('consensus');
    expect(must(opsFirst, { type: 'signOff', role: 'sales' }).phase).toBe('execution');
  });

  it('refuses signing off twice', () => {
    const signed = must(consensus, { type: 'signOff', role: 'sales' });
    const again = applyAction(signed, { type: 'signOff', role: 'sales' });
    expect(again.ok || again.error.type).toBe('alreadyDone');
  });

  it('refuses a revision after the role has signed off', () => {
    const signed = must(consensus, { type: 'signOff', role: 'sales' });
    const before = structuredClone(signed);
    const result = applyAction(signed, { type: 'reviseSalesPlan', plan: revisedSales });
    expect(result.ok || result.error.type).toBe('alreadyDone');
    expect(result.ok || result.error.message).toMatch(/after signing off/);
    expect(signed).toEqual(before);
  });

  it('scores the signed (revised) plan, not the submitted one', () => {
    const revised = must(consensus, { type: 'reviseSalesPlan', plan: revisedSales });
    const signed = must(must(revised, { type: 'signOff', role: 'sales' }), { type: 'signOff', role: 'ops' });
    const report = must(signed, { type: 'execute' }).history[0];
    expect(report.products.kettle.forecast).toBe(1300);
    expect(report.salesPlan).toEqual(revisedSales);
  });
});

describe('sharing cards', () => {
  const briefing = briefingWithCards();
  const salesTurn = must(briefing, { type: 'startRound' });
  const salesCard = heldSignals(salesTurn, 'sales')[0];
  const opsCard = heldSignals(salesTurn, 'ops')[0];

  it('records who shared which card, in which month and phase', () => {
    const shared = must(salesTurn, { type: 'shareSignal', role: 'sales', signalId: salesCard.id });
    expect(shared.sharedSignals).toEqual([
      { signalId: salesCard.id, role: 'sales', month: briefing.month, phase: 'sales' },
    ]);
    const opsTurn = must(shared, { type: 'submitSalesPlan', plan: defaultSalesPlan(shared) });
    const both = must(opsTurn, { type: 'shareSignal', role: 'ops', signalId: opsCard.id });
    expect(both.sharedSignals[1]).toEqual({
      signalId: opsCard.id,
      role: 'ops',
      month: briefing.month,
      phase: 'ops',
    });
  });

  it('records the month’s shared cards in its report', () => {
    const shared = must(salesTurn, { type: 'shareSignal', role: 'sales', signalId: salesCard.id });
    const ops = must(shared, { type: 'submitSalesPlan', plan: defaultSalesPlan(shared) });
    const consensus = must(ops, { type: 'submitOpsPlan', plan: defaultOpsPlan(ops) });
    const execution = must(must(consensus, { type: 'signOff', role: 'sales' }), {
      type: 'signOff',
      role: 'ops',
    });
    const report = must(execution, { type: 'execute' }).history.at(-1)!;
    expect(report.sharedSignals).toEqual([salesCard.id]);
    expect(report.unsharedSignals).not.toContain(salesCard.id);
  });

  it('refuses sharing the same card twice', () => {
    const shared = must(salesTurn, { type: 'shareSignal', role: 'sales', signalId: salesCard.id });
    const again = applyAction(shared, { type: 'shareSignal', role: 'sales', signalId: salesCard.id });
    expect(again.ok || again.error.type).toBe('alreadyDone');
  });

  it('refuses sharing the other role’s card', () => {
    const result = applyAction(salesTurn, { type: 'shareSignal', role: 'sales', signalId: opsCard.id });
    expect(result.ok || result.error.type).toBe('unknownSignal');
    expect(result.ok || result.error.path).toBe('signalId');
  });

  it('allows sharing during the consensus meeting', () => {
    const ops = must(salesTurn, { type: 'submitSalesPlan', plan: defaultSalesPlan(salesTurn) });
    const consensus = must(ops, { type: 'submitOpsPlan', plan: defaultOpsPlan(ops) });
    const shared = must(consensus, { type: 'shareSignal', role: 'ops', signalId: opsCard.id });
    expect(shared.sharedSignals.at(-1)?.phase).toBe('consensus');
  });
});

it('the scenario in these tests is the built-in steady start', () => {
  expect(states.briefing.scenario).toBe(getScenario('steady-start'));
});
