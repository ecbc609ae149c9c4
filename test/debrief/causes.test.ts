import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine';
import type { Cause } from '../../src/engine/attribution';
import { causeClause, monthCauses, rankCauses, topCauses } from '../../src/engine/debrief';
import { playGame } from '../../src/engine/play';
import type { Signal } from '../../src/engine/types';
import { fakeGame, fakeReport } from './fixtures';

const PAIRS = [
  ['optimist', 'cautious'],
  ['planner-silent', 'planner-silent'],
  ['naive', 'chase'],
] as const;

describe('causeClause', () => {
  it('says who was warned, when, and that they did not share (the issue’s example)', () => {
    const scenario = getScenario('seasonal-peak')!;
    const signal: Signal = {
      id: 's1',
      role: 'ops',
      shockType: 'labourStrike',
      product: 'ebike',
      visibleFrom: 4,
      aboutMonth: 5,
      magnitude: 0.3,
      shockId: 'x',
    };
    const cause: Cause = {
      cause: 'unsharedSignal',
      detail: '',
      points: 54,
      product: 'ebike',
      units: 240,
      shockType: 'labourStrike',
      signalId: 's1',
    };
    expect(causeClause(cause, scenario, [signal])).toBe(
      '240 e-bikes short after the labour strike that Operations was warned of in month 4 and did not share',
    );
  });
});

describe('topCauses', () => {
  it('weights each score’s points by its weight onto the month total, largest first', () => {
    const report = fakeReport(3, {
      scores: { balance: 0.46, total: 0.82 },
      attribution: {
        balance: [
          { cause: 'capacityLimit', detail: '', points: 36, product: 'widget', units: 30 },
          { cause: 'forecastUnder', detail: '', points: 18, product: 'widget', units: 15 },
        ],
      },
    });
    const top = topCauses(report, fakeGame([report]), 3);
    expect(top.map((c) => c.monthPoints)).toEqual([12, 6]);
    expect(top[0].text).toBe(
      "Balance lost 12 of the month's 100 points: the plant fell 30 widgets short of plan (capacity).",
    );
    expect(top[1].text).toBe(
      "Balance lost 6.0 of the month's 100 points: demand beat the forecast by 15 widgets (under-forecast).",
    );
    expect(topCauses(report, fakeGame([report]), 1)).toHaveLength(1);
  });

  it('adds up to the month’s lost points in every month of real games', () => {
    for (const id of BUILTIN_SCENARIO_IDS) {
      const { state } = playGame(getScenario(id)!, 'sum', { rounds: 8, rotateEvery: 1 }, 'optimist', 'chase');
      for (const report of state.history) {
        const sum = monthCauses(report, state).reduce((s, c) => s + c.monthPoints, 0);
        expect(sum).toBeCloseTo(100 * (1 - report.scores.total), 6);
      }
    }
  });
});

describe('rankCauses', () => {
  it('adds up to 100 − the game score (unrounded) for every scenario and bot pair', () => {
    for (const id of BUILTIN_SCENARIO_IDS) {
      for (const [sales, ops] of PAIRS) {
        const { state } = playGame(getScenario(id)!, 'rank', { rounds: 12, rotateEvery: 1 }, sales, ops);
        const lost =
          (100 * state.history.reduce((s, r) => s + (1 - r.scores.total), 0)) / state.history.length;
        const ranked = rankCauses(state.history, state);
        expect(ranked.reduce((s, r) => s + r.points, 0)).toBeCloseTo(lost, 6);
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i - 1].points).toBeGreaterThanOrEqual(ranked[i].points);
      }
    }
  });

  it('merges a cause over months and keeps its worst month', () => {
    const cause = (points: number, units: number): Cause => ({
      cause: 'forecastOver',
      detail: '',
      points,
      product: 'widget',
      units,
    });
    const history = [
      fakeReport(1, { attribution: { execution: [cause(30, 30)] } }),
      fakeReport(2),
      fakeReport(3, { attribution: { execution: [cause(60, 60)], balance: [cause(15, 20)] } }),
    ];
    const [only] = rankCauses(history, fakeGame(history));
    // (30 + 60 + 15) points / 3 weights / 3 months
    expect(only.points).toBeCloseTo(105 / 9, 10);
    expect(only.byScore.execution).toBeCloseTo(10, 10);
    expect(only.byScore.balance).toBeCloseTo(15 / 9, 10);
    expect(only.months).toEqual([1, 3]);
    expect(only.worst.month).toBe(3);
    expect(only.worst.score).toBe('execution');
    expect(only.title).toBe('Over-forecast');
  });
});
