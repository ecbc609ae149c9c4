import { describe, expect, it } from 'vitest';
import { lessonForMonth, topCauses } from '../../../src/engine/debrief';
import { LESSON_MIN_POINTS, monthLesson, pickLesson } from '../../../src/engine/debrief/month-lesson';
import { withAttribution } from '../../../src/engine/month-attribution';
import type { MonthReport, MonthScores } from '../../../src/engine/types';
import { formatMoney } from '../../../src/engine/words/formats';
import { reportModel, scoreText, scoreTone } from '../../../src/ui/present/report-model';
import { playedGame } from './played-game';

describe('score tone and text', () => {
  it.each([
    [1, 'ok'],
    [0.8, 'ok'],
    [0.79, 'warn'],
    [0.5, 'warn'],
    [0.49, 'danger'],
    [0, 'danger'],
  ] as const)('%d is %s', (value, tone) => {
    expect(scoreTone(value)).toBe(tone);
  });

  it('writes a 0–1 score out of 100', () => {
    expect(scoreText(0.823)).toBe('82 / 100');
    expect(scoreText(1)).toBe('100 / 100');
  });
});

describe('reportModel of a played month', () => {
  const game = playedGame();
  const report = game.history[2];
  const model = reportModel(report, game);

  it('shows the three scores in order with their parts', () => {
    expect(model.gauges.map((g) => g.id)).toEqual(['alignment', 'balance', 'execution']);
    expect(model.gauges[0].value).toBe(report.scores.alignment);
    expect(model.gauges[1].parts[0]).toBe(`Fill rate: ${Math.round(report.scores.fillRate * 100)} %`);
    expect(model.totalText).toBe(scoreText(report.scores.total));
  });

  it('always has at least one line of events and a lesson', () => {
    expect(model.events.length).toBeGreaterThan(0);
    expect(model.lesson.text.length).toBeGreaterThan(20);
    expect(model.title).toBe('Month 3 report');
  });

  it('reports the month’s profit as the engine counted it', () => {
    expect(model.finance.find((f) => f.label === 'Profit')?.value).toBe(
      formatMoney(report.finance.profitCents),
    );
  });
});

function withScores(scores: Partial<MonthScores>, unshared: string[] = []): MonthReport {
  const base: MonthScores = {
    alignment: 1,
    balance: 1,
    execution: 1,
    total: 1,
    fillRate: 1,
    inventoryHealth: 1,
    forecastAccuracy: 1,
    planAttainment: 1,
    plannedShortage: 0,
    plannedExcess: 0,
    weightedForecast: 100,
  };
  return { scores: { ...base, ...scores }, unsharedSignals: unshared } as unknown as MonthReport;
}

describe('pickLesson', () => {
  it.each([
    [{}, [], 'S&OP'],
    [{ alignment: 0.3, plannedShortage: 50, total: 0.7 }, [], 'Alignment'],
    [{ balance: 0.4, fillRate: 0.4, total: 0.7 }, [], 'Balance'],
    [{ execution: 0.2, forecastAccuracy: 0.2, total: 0.7 }, [], 'Execution'],
    [{ balance: 0.4, fillRate: 0.4, total: 0.6 }, ['sig-1'], 'Communication'],
  ] as const)('scores %j, unshared %j → %s', (scores, unshared, concept) => {
    expect(pickLesson(withScores(scores, [...unshared])).concept).toBe(concept);
  });

  it('tells excess from shortage', () => {
    const lesson = pickLesson(withScores({ alignment: 0.2, plannedExcess: 80, plannedShortage: 10 }));
    expect(lesson.text).toMatch(/more than the demand plan/);
  });
});

describe('monthLesson', () => {
  const game = playedGame();

  it('takes the engine’s lesson for the month’s largest cause when points were lost', () => {
    const report = game.history.find(
      (r) => (topCauses(r, game, 1)[0]?.monthPoints ?? 0) >= LESSON_MIN_POINTS,
    );
    expect(report).toBeDefined();
    if (!report) return;
    const lesson = monthLesson(report, game);
    const chosen = lessonForMonth(report, game, game.history);
    expect(lesson.title).toBe(chosen.title);
    expect(lesson.text).toBe(chosen.text);
    expect(lesson.concept.toLowerCase()).toBe(chosen.concept.toLowerCase());
    expect(reportModel(report, game).lesson).toEqual(lesson);
  });

  it('keeps the score-based lesson when no cause cost a whole point', () => {
    const report = game.history[0];
    const tiny = withAttribution(
      { ...report },
      {
        alignment: [{ cause: 'planExcess' as const, detail: '', points: 0.4, units: 5 }],
        balance: [],
        execution: [],
      },
    );
    expect(lessonForMonth(tiny, game).moment.relevance).toBeLessThan(LESSON_MIN_POINTS);
    expect(monthLesson(tiny, game)).toEqual(pickLesson(tiny));
  });

  it('falls back to the score-based lesson when the month lost no points', () => {
    const report = game.history[0];
    const perfect = withAttribution(
      {
        ...report,
        scores: { ...report.scores, alignment: 1, balance: 1, execution: 1, total: 1 },
        unsharedSignals: [],
      },
      { alignment: [], balance: [], execution: [] },
    );
    const lesson = monthLesson(perfect, game);
    expect(lesson.title).toBeUndefined();
    expect(lesson).toEqual(pickLesson(perfect));
  });
});
