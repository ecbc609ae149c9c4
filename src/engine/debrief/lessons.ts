/**
 * The lessons library: each lesson teaches one S&OP concept and has a trigger that finds, in a
 * played game, the moment it came from. The debrief shows three to five, most relevant first;
 * the round report shows one.
 */
import type { CauseType } from '../attribution';
import { SUPPLY_SHOCKS } from '../scenario-types';
import type { MonthReport } from '../types';
import { type GameFrame, topCauses } from './causes';
import { lessonContext } from './lesson-context';
import type { LessonMoment, LessonTrigger } from './lesson-triggers';
import * as triggers from './lesson-triggers';

/** The concepts the lessons teach. */
export const CONCEPTS = [
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
  'forecast bias',
  'S&OP rhythm',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** A lesson: its concept, a title and the sentence that teaches it. */
export interface Lesson {
  id: string;
  concept: Concept;
  title: string;
  text: string;
}

/** A lesson with the trigger that finds its moment in a game. */
export interface LessonDefinition extends Lesson {
  trigger: LessonTrigger;
}

/** A lesson chosen for a game, with the moment it came from. */
export interface ChosenLesson extends Lesson {
  moment: LessonMoment;
}

const lesson = (id: string, concept: Concept, title: string, text: string, trigger: LessonTrigger) => ({
  id,
  concept,
  title,
  text,
  trigger,
});

/** Every lesson, in no particular order (chooseLessons ranks them). */
export const LESSONS: readonly LessonDefinition[] = [
  lesson(
    'communication',
    'communication',
    'A warning helps only when it is shared',
    'Each role sees signals the other does not. Share every warning before the plans are signed — even a false alarm costs less than a surprise.',
    triggers.communication,
  ),
  lesson(
    'bullwhip',
    'bullwhip',
    'Orders swung more than demand',
    'Small changes in demand grow into big swings in orders up the chain (the bullwhip effect). Order steadily from the consensus forecast instead of reacting to the last month.',
    triggers.bullwhipEffect,
  ),
  lesson(
    'capacity',
    'capacity',
    'A full plant cannot catch up',
    'When demand will exceed capacity, build stock in the quieter months before the peak and use overtime early; in the peak month it is too late.',
    triggers.capacity,
  ),
  lesson(
    'optimism',
    'forecast bias',
    'Optimism is a bias, not a plan',
    'A forecast that is high month after month is a bias. Forecast what customers will buy, not the quota you hope for: the plant builds to your number.',
    triggers.optimism,
  ),
  lesson(
    'incentives',
    'incentive conflict',
    'Your bonus is not the team’s score',
    'Sales is paid on revenue and Operations on unit cost, yet the team is judged on alignment, balance and execution. Decide for the team, then check what your bonus says.',
    triggers.incentiveConflict,
  ),
  lesson(
    'lead-time',
    'lead time',
    'Materials take time to arrive',
    'Materials arrive after the supplier lead time. Order for the month the production needs them, and keep a buffer when the supplier is unreliable.',
    triggers.leadTime,
  ),
  lesson(
    'excess-stock',
    'safety stock',
    'Too much safety is waste',
    'Stock beyond the healthy cover ties up cash and costs holding. Size safety stock to the risk you can see, not to comfort.',
    triggers.excessStock,
  ),
  lesson(
    'thin-stock',
    'safety stock',
    'A little safety stock absorbs surprises',
    'Customers waited although the plant had spare hours. A modest safety stock built in quiet months covers demand noise without overbuilding.',
    triggers.thinStock,
  ),
  lesson(
    'promotions',
    'promotions',
    'Every promotion has a dip',
    'A promotion pulls demand forward: customers who bought early do not buy next month. Plan the dip with Operations when you plan the promotion.',
    triggers.promotions,
  ),
  lesson(
    'alignment',
    'alignment',
    'Close the gap before you sign',
    'Alignment is won in the consensus meeting: the supply plan should cover the demand plan over the whole horizon, without planned shortage or excess.',
    triggers.alignment,
  ),
  lesson(
    'balance',
    'balance',
    'Balance is service without waste',
    'Balance weighs the fill rate against inventory health. Serve customers from stock, but do not pile it up.',
    triggers.balance,
  ),
  lesson(
    'execution',
    'execution',
    'A plan is only as good as its execution',
    'Execution checks forecast accuracy and plan attainment. Promise only what the plant and the materials can deliver, and forecast from actuals.',
    triggers.execution,
  ),
  lesson(
    'rhythm',
    'S&OP rhythm',
    'Keep the S&OP rhythm',
    'Review actuals, share what you know, agree one plan, carry it out. The months that followed this rhythm scored best.',
    triggers.rhythm,
  ),
];

/** Relevance below which a lesson is shown only to reach the minimum of three. */
const MIN_RELEVANCE = 0.5;

/** Three to five lessons for a game, most relevant first, each with its moment (none for an empty history). */
export function chooseLessons(history: readonly MonthReport[], game: GameFrame): ChosenLesson[] {
  const ctx = lessonContext(history, game);
  const found: ChosenLesson[] = [];
  for (const { trigger, ...rest } of LESSONS) {
    const moment = trigger(ctx);
    if (moment) found.push({ ...rest, moment });
  }
  found.sort((a, b) => b.moment.relevance - a.moment.relevance);
  const chosen: ChosenLesson[] = [];
  const concepts = new Set<Concept>();
  for (const l of found) {
    if (chosen.length >= 5 || l.moment.relevance < MIN_RELEVANCE) break;
    if (concepts.has(l.concept)) continue;
    chosen.push(l);
    concepts.add(l.concept);
  }
  for (const l of found) {
    if (chosen.length >= 3) break;
    if (!chosen.includes(l)) chosen.push(l);
  }
  return chosen;
}

const BY_CAUSE: Record<CauseType, string> = {
  unsharedSignal: 'communication',
  capacityLimit: 'capacity',
  materialLimit: 'lead-time',
  yieldLoss: 'execution',
  forecastOver: 'optimism',
  forecastUnder: 'execution',
  planShort: 'alignment',
  planExcess: 'alignment',
  promotionDip: 'promotions',
  overbuilding: 'excess-stock',
  shock: 'balance',
  backlog: 'balance',
};

const SUPPLY_SET: ReadonlySet<string> = new Set(SUPPLY_SHOCKS);

/** The round report's lesson for a forecast that ran high once: a miss to learn from, not yet a bias. */
export const FORECAST_MISS: Lesson = {
  id: 'forecast-miss',
  concept: 'execution',
  title: 'Learn from a forecast miss',
  text: 'Customers bought less than the forecast. One miss is not yet a bias: compare the forecast with the actuals and the signals, adjust the next one, and watch whether it runs high again.',
};

/** A month counts as over-forecast when its forecasts ran more than this share above demand (as the optimism trigger). */
const OVER_FORECAST_MARGIN = 0.05;
/** The optimism lesson ("high month after month") needs this many over-forecast months… */
const BIAS_MONTHS = 2;
/** …among the last this many months, up to and including the month reported. */
const BIAS_WINDOW = 3;

/** Whether the month's forecasts, summed over products, ran clearly above what customers bought. */
export function overForecast(report: MonthReport): boolean {
  let forecast = 0;
  let demand = 0;
  for (const p of Object.values(report.products)) {
    forecast += p.forecast;
    demand += p.demand;
  }
  return forecast > demand * (1 + OVER_FORECAST_MARGIN);
}

/** Whether over-forecasting repeated: at least 2 of the last 3 months up to `month` ran high. */
export function repeatedOverForecast(history: readonly MonthReport[], month: number): boolean {
  const recent = history.filter((r) => r.month <= month && r.month > month - BIAS_WINDOW);
  return recent.filter(overForecast).length >= BIAS_MONTHS;
}

function lessonById(id: string): Lesson {
  const { trigger: _unused, ...lesson } = LESSONS.find((l) => l.id === id) ?? LESSONS[LESSONS.length - 1];
  return lesson;
}

/** One short lesson for a round report, tied to the month's largest cause of lost points. `history` (the months
 * played so far) tells a one-off forecast miss from a repeated bias; without it the month stands alone. */
export function lessonForMonth(
  report: MonthReport,
  game: GameFrame,
  history: readonly MonthReport[] = [report],
): ChosenLesson {
  const [top] = topCauses(report, game, 1);
  let id = top ? BY_CAUSE[top.cause] : 'rhythm';
  if (top?.cause === 'shock' && top.shockType && SUPPLY_SET.has(top.shockType)) id = 'lead-time';
  const withReport = history.some((r) => r.month === report.month) ? history : [...history, report];
  const chosen =
    id === 'optimism' && !repeatedOverForecast(withReport, report.month) ? FORECAST_MISS : lessonById(id);
  const text = top ? top.text : `no points lost — ${Math.round(100 * report.scores.total)} out of 100.`;
  return {
    ...chosen,
    moment: { month: report.month, text: `Month ${report.month}: ${text}`, relevance: top?.monthPoints ?? 0 },
  };
}
