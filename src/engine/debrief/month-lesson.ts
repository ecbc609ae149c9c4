/** One short lesson for a round report, tied to what hurt most that month (no DOM). */
import type { MonthReport } from '../types';
import type { GameFrame } from './causes';
import { lessonForMonth } from './lessons';

/** A lesson: the concept it teaches, a short title and the sentence shown. */
export interface Lesson {
  concept: string;
  /** A short headline, e.g. "A warning helps only when it is shared" (the concept when absent). */
  title?: string;
  text: string;
}

const LESSONS: Record<string, Lesson> = {
  shortage: {
    concept: 'Alignment',
    text: 'The supply plan did not cover the demand plan. In the consensus meeting, close the gap before signing: either plan more production or agree a lower forecast.',
  },
  excess: {
    concept: 'Alignment',
    text: 'The supply plan built far more than the demand plan needs. Stock beyond a month of cover ties up cash and costs holding; plan to the forecast plus a modest safety stock.',
  },
  fillRate: {
    concept: 'Balance',
    text: 'Customers waited or walked away. Safety stock and shared warnings are what protect the fill rate when demand or supply surprises you.',
  },
  inventory: {
    concept: 'Balance',
    text: 'The warehouse ended the month too full. Excess inventory is not safety: it is cost. Keep cover near the scenario’s healthy maximum.',
  },
  forecast: {
    concept: 'Execution',
    text: 'The forecast missed actual demand by a wide margin. Look at last month’s actuals, trend, season and promotions — and ask Operations what they heard.',
  },
  attainment: {
    concept: 'Execution',
    text: 'Production did not follow the plan. Check capacity and materials before promising a number: a plan the plant cannot make is not a plan.',
  },
  unshared: {
    concept: 'Communication',
    text: 'A warning stayed in one role’s hands. Intelligence helps the team only when it is shared before the plans are signed.',
  },
  good: {
    concept: 'S&OP',
    text: 'Demand and supply plans matched and the plant delivered them. Keep the rhythm: review actuals, share what you know, agree one plan.',
  },
};

/** Picks the lesson for the weakest part of the month's score. */
export function pickLesson(report: MonthReport): Lesson {
  const s = report.scores;
  if (report.unsharedSignals.length > 0 && s.total < 0.8) return LESSONS.unshared;
  const parts: [string, number][] = [
    [s.plannedShortage >= s.plannedExcess ? 'shortage' : 'excess', s.alignment],
    [s.fillRate <= s.inventoryHealth ? 'fillRate' : 'inventory', s.balance],
    [s.forecastAccuracy <= s.planAttainment ? 'forecast' : 'attainment', s.execution],
  ];
  const [key, value] = parts.reduce((worst, part) => (part[1] < worst[1] ? part : worst));
  return value >= 0.85 ? LESSONS.good : LESSONS[key];
}

/** Points (out of 100) a month's largest cause must cost for its lesson to be the month's lesson. */
export const LESSON_MIN_POINTS = 1;

/**
 * The round report's lesson: the engine's lesson for the month's largest cause of lost points
 * (tied to what happened), or the score-based pickLesson when no cause cost a whole point (a
 * near-perfect month is told to keep its rhythm, not lectured about a rounding error).
 */
export function monthLesson(
  report: MonthReport,
  game: GameFrame & { history?: readonly MonthReport[] },
): Lesson {
  const chosen = lessonForMonth(report, game, game.history);
  if (!(chosen.moment.relevance >= LESSON_MIN_POINTS)) return pickLesson(report);
  const concept = chosen.concept === 'S&OP rhythm' ? chosen.concept : capitalise(chosen.concept);
  return { concept, title: chosen.title, text: chosen.text };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
