import { describe, expect, it } from 'vitest';
import { getScenario } from '../../src/engine';
import type { Cause } from '../../src/engine/attribution';
import { CONCEPTS, chooseLessons, LESSONS, lessonForMonth } from '../../src/engine/debrief';
import { lessonContext } from '../../src/engine/debrief/lesson-context';
import * as triggers from '../../src/engine/debrief/lesson-triggers';
import { playGame } from '../../src/engine/play';
import type { MonthReport } from '../../src/engine/types';
import { fakeGame, fakeReport } from './fixtures';

const ctxOf = (history: MonthReport[]) => lessonContext(history, fakeGame(history));
const cause = (c: Partial<Cause>): Cause => ({
  cause: 'backlog',
  detail: '',
  points: 30,
  product: 'widget',
  units: 40,
  ...c,
});

describe('the lessons library', () => {
  it('has at least ten lessons covering every concept the issue names', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(10);
    const concepts = new Set(LESSONS.map((l) => l.concept));
    for (const c of [
      'alignment',
      'balance',
      'execution',
      'incentive conflict',
      'communication',
      'bullwhip',
      'safety stock',
      'lead time',
      'promotions',
      'capacity',
    ] as const)
      expect(concepts.has(c)).toBe(true);
    for (const l of LESSONS) expect(CONCEPTS).toContain(l.concept);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });
});

describe('lesson triggers', () => {
  it('communication: fires on a warning not shared, with the month it cost points', () => {
    const history = [
      fakeReport(1),
      fakeReport(2, {
        attribution: { balance: [cause({ cause: 'unsharedSignal', shockType: 'labourStrike' })] },
      }),
    ];
    const moment = triggers.communication(ctxOf(history));
    expect(moment?.month).toBe(2);
    expect(moment?.text).toBe(
      "Month 2: Balance lost 10 of the month's 100 points: 40 widgets short after the labour strike that one role was warned of and did not share.",
    );
    expect(triggers.communication(ctxOf([fakeReport(1)]))).toBeNull();
  });

  it('bullwhip: fires above a ratio of 1.5 at the month of the largest order swing', () => {
    const demand = [100, 110, 100, 110];
    const orders = [100, 140, 60, 100];
    const history = demand.map((d, i) => fakeReport(i + 1, { widget: { demand: d }, order: orders[i] }));
    const moment = triggers.bullwhipEffect(ctxOf(history));
    expect(moment?.month).toBe(3);
    expect(moment?.text).toContain('from 140 to 60 units');
    const calm = demand.map((d, i) => fakeReport(i + 1, { widget: { demand: d }, order: d }));
    expect(triggers.bullwhipEffect(ctxOf(calm))).toBeNull();
  });

  it('capacity: fires when fill rate < 90 % in a month at capacity, not when the plant had spare hours', () => {
    const full = [fakeReport(1), fakeReport(2, { scores: { fillRate: 0.7 }, utilisation: 1 })];
    expect(triggers.capacity(ctxOf(full))?.text).toBe(
      'Month 2: the plant used 100 % of its hours and still shipped only 70 % of what customers were owed.',
    );
    const spare = [fakeReport(1, { scores: { fillRate: 0.7 }, utilisation: 0.6 })];
    expect(triggers.capacity(ctxOf(spare))).toBeNull();
    expect(triggers.thinStock(ctxOf(spare))?.month).toBe(1);
  });

  it('optimism: fires on a positive forecast bias over the game', () => {
    const history = [
      fakeReport(1, { widget: { forecast: 130, demand: 100 } }),
      fakeReport(2, { widget: { forecast: 100, demand: 100 } }),
    ];
    expect(triggers.optimism(ctxOf(history))?.text).toBe(
      'Month 1: the forecast said 130 widgets; customers bought 100. Over the game, forecasts ran 15 % above demand.',
    );
    const pessimist = [fakeReport(1, { widget: { forecast: 80, demand: 100 } })];
    expect(triggers.optimism(ctxOf(pessimist))).toBeNull();
  });

  it('incentive conflict: fires when a bonus grew while the team score fell', () => {
    const history = [
      fakeReport(1, { bonuses: { salesCents: 100000, opsCents: 0 }, scores: { total: 0.9 } }),
      fakeReport(2, { bonuses: { salesCents: 150000, opsCents: 0 }, scores: { total: 0.6 } }),
    ];
    expect(triggers.incentiveConflict(ctxOf(history))?.text).toBe(
      'Month 2: the Sales bonus rose to €1,500 while the team score fell from 90 to 60.',
    );
    history[1].bonuses.salesCents = 90000;
    expect(triggers.incentiveConflict(ctxOf(history))).toBeNull();
  });

  it('lead time: fires on a materials shortage and names the late delivery', () => {
    const history = [
      fakeReport(1, {
        attribution: { execution: [cause({ cause: 'materialLimit' })] },
        events: [{ type: 'deliveryDelayed', product: 'widget', units: 300 }],
      }),
    ];
    expect(triggers.leadTime(ctxOf(history))?.text).toBe(
      "Month 1: Execution lost 10 of the month's 100 points: 40 widgets could not be made for lack of materials. A supplier delivery of 300 material units was late.",
    );
  });

  it('safety stock: fires on excess inventory', () => {
    const history = [
      fakeReport(1, { widget: { inventoryOut: 250, demand: 100 }, scores: { inventoryHealth: 0 } }),
    ];
    expect(triggers.excessStock(ctxOf(history))?.text).toBe(
      'Month 1: 250 widgets were left in the warehouse, 2.5 months of demand (the healthy maximum is 1).',
    );
  });

  it('promotions: fires on a post-promotion dip', () => {
    const history = [fakeReport(4, { attribution: { execution: [cause({ cause: 'promotionDip' })] } })];
    expect(triggers.promotions(ctxOf(history))?.month).toBe(4);
  });
});

describe('chooseLessons', () => {
  it('returns three to five lessons, most relevant first, each with its moment', () => {
    for (const [sales, ops] of [
      ['optimist', 'cautious'],
      ['planner', 'planner'],
      ['naive', 'chase'],
    ] as const) {
      const { state } = playGame(
        getScenario('seasonal-peak')!,
        'lessons',
        { rounds: 12, rotateEvery: 1 },
        sales,
        ops,
      );
      const lessons = chooseLessons(state.history, state);
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      expect(lessons.length).toBeLessThanOrEqual(5);
      for (let i = 1; i < lessons.length; i++)
        expect(lessons[i - 1].moment.relevance).toBeGreaterThanOrEqual(lessons[i].moment.relevance);
      for (const l of lessons) expect(l.moment.text).toMatch(/^Month \d+: /);
    }
  });

  it('puts the optimism bias first for a quota-driven optimist, and communication for a pair that shares nothing', () => {
    const { state } = playGame(
      getScenario('seasonal-peak')!,
      'demo',
      { rounds: 12, rotateEvery: 1 },
      'optimist',
      'cautious',
    );
    const ids = chooseLessons(state.history, state).map((l) => l.id);
    expect(ids[0]).toBe('optimism');
    expect(ids[1]).toBe('communication');
  });

  it('returns nothing for a game not yet played', () => {
    expect(chooseLessons([], fakeGame([]))).toEqual([]);
  });
});

describe('lessonForMonth', () => {
  it('ties the lesson to the month’s largest cause', () => {
    const report = fakeReport(5, {
      scores: { total: 0.8 },
      attribution: { execution: [cause({ cause: 'promotionDip', points: 60 })] },
    });
    const lesson = lessonForMonth(report, fakeGame([report]));
    expect(lesson.concept).toBe('promotions');
    expect(lesson.moment.text).toBe(
      "Month 5: Execution lost 20 of the month's 100 points: 40 widgets unsold after a promotion pulled demand forward.",
    );
  });

  const overMonth = (month: number, forecast = 130) =>
    fakeReport(month, {
      widget: { forecast, demand: 100 },
      scores: { total: 0.8 },
      attribution: { execution: [cause({ cause: 'forecastOver', points: 60, units: forecast - 100 })] },
    });

  it('calls a first over-forecast a miss to learn from, not a bias', () => {
    const report = overMonth(1);
    const lesson = lessonForMonth(report, fakeGame([report]), [report]);
    expect(lesson.id).toBe('forecast-miss');
    expect(lesson.text).not.toMatch(/month after month/);
    // Without a history the month stands alone: still a miss.
    expect(lessonForMonth(report, fakeGame([report])).id).toBe('forecast-miss');
  });

  it('names the bias once two of the last three months ran high', () => {
    const history = [overMonth(1), fakeReport(2), overMonth(3)];
    const lesson = lessonForMonth(history[2], fakeGame(history), history);
    expect(lesson.id).toBe('optimism');
    expect(lesson.text).toMatch(/month after month/);
  });

  it('does not count a high month that left the three-month window, nor one within 5 % of demand', () => {
    const old = [overMonth(1), fakeReport(2), fakeReport(3), overMonth(4)];
    expect(lessonForMonth(old[3], fakeGame(old), old).id).toBe('forecast-miss');
    const close = [overMonth(1, 104), overMonth(2)];
    expect(lessonForMonth(close[1], fakeGame(close), close).id).toBe('forecast-miss');
  });

  it('praises the rhythm in a month without lost points', () => {
    const lesson = lessonForMonth(fakeReport(2), fakeGame([fakeReport(2)]));
    expect(lesson.id).toBe('rhythm');
    expect(lesson.moment.text).toBe('Month 2: no points lost — 100 out of 100.');
  });
});
