/**
 * The guided first game of "Steady start": coach marks over the first two rounds.
 *
 * Selectors the screens must provide (data attributes, never label text):
 *   briefing screen      [data-coach="briefing"]            the month's news and last month's actuals
 *                        [data-coach="briefing-actuals"]     last month's plan against actuals (round 2)
 *   Sales form           [data-coach="sales-forecast"]       the forecast fields (this month and the next two)
 *                        [data-coach="sales-promotion"]      the promotion choice
 *                        [data-coach="sales-signals"]        Sales' intelligence cards with their Share buttons
 *                        [data-coach="sales-submit"]         the submit button
 *   Operations form      [data-coach="ops-production"]       the production plan fields
 *                        [data-coach="ops-materials"]        the material order fields
 *                        [data-coach="ops-overtime"]         overtime hours (and expedite)
 *                        [data-coach="ops-signals"]          Operations' intelligence cards
 *                        [data-coach="ops-submit"]           the submit button
 *   consensus meeting    [data-coach="consensus-gaps"]       the side-by-side plans with the gaps
 *                        [data-coach="consensus-projection"] projected inventory, fill rate and profit (round 2)
 *                        [data-coach="consensus-signoff"]    the sign-off buttons
 *   round report         [data-coach="report-scores"]        the three score gauges
 *                        [data-coach="report-causes"]        "Where the points went" (src/ui/seat/round-report.ts)
 *                        [data-coach="report-lesson"]        the month's lesson
 *                        [data-coach="report-bonuses"]       each role's bonus (round 2)
 * A tip whose element is not on screen waits; in solo play the other role's tips show in round 2.
 */
import type { CoachStep } from './coach-logic';

/** Key under which the tour's progress is saved. */
export const STEADY_START_TOUR_KEY = 'sop-arena:coach:steady-start';

/** The scenario the guided first game runs on. */
export const STEADY_START_SCENARIO_ID = 'steady-start';

/** Tips of the guided first game, in the order of the round. */
export const STEADY_START_TOUR: readonly CoachStep[] = [
  {
    selector: '[data-coach="briefing"]',
    title: 'The briefing',
    text: 'Each month starts here: last month’s actuals, the KPIs and the news everyone sees. Read it before you plan.',
  },
  {
    selector: '[data-coach="sales-forecast"]',
    title: 'Your demand forecast',
    text: 'Forecast this month and the next two. The firm month counts most in alignment; the other two let Operations buy materials in time.',
  },
  {
    selector: '[data-coach="sales-promotion"]',
    title: 'Promotions',
    text: 'A promotion lifts demand this month, and customers who bought early buy less next month. Warn Operations.',
  },
  {
    selector: '[data-coach="sales-signals"]',
    title: 'Market signals',
    text: 'Only Sales sees these. A warning helps the team only if you share it with Operations before the plans are signed.',
  },
  {
    selector: '[data-coach="sales-submit"]',
    title: 'Hand over the demand plan',
    text: 'Submitting sends your forecast to Operations. You may revise it once in the consensus meeting.',
  },
  {
    selector: '[data-coach="ops-production"]',
    title: 'The production plan',
    text: 'Plan production for this month and the next two. Cover the forecast without building far beyond it: stock above the allowed cover costs points.',
  },
  {
    selector: '[data-coach="ops-materials"]',
    title: 'Material orders',
    text: 'Materials arrive after the supplier lead time. Order now for the production of the months ahead.',
  },
  {
    selector: '[data-coach="ops-overtime"]',
    title: 'Overtime and expediting',
    text: 'Overtime adds plant hours at a premium; an expedited order arrives this month at a higher price. Use them when a gap is real.',
  },
  {
    selector: '[data-coach="ops-signals"]',
    title: 'Supply signals',
    text: 'Only Operations sees supplier, plant and logistics warnings. Share them so that Sales can plan around them.',
  },
  {
    selector: '[data-coach="ops-submit"]',
    title: 'Hand over the supply plan',
    text: 'Submitting takes both plans to the consensus meeting.',
  },
  {
    selector: '[data-coach="consensus-gaps"]',
    title: 'Where the plans disagree',
    text: 'Demand plan and supply plan side by side. Highlighted gaps are planned shortage or excess: alignment is scored on them.',
  },
  {
    selector: '[data-coach="consensus-signoff"]',
    title: 'Sign off',
    text: 'Each role may revise its plan once, then both sign. The signed plan is the consensus plan.',
  },
  {
    selector: '[data-coach="report-scores"]',
    title: 'Three scores',
    text: 'Alignment: did the plans agree? Balance: did supply meet demand without waste? Execution: were the plans carried out?',
  },
  {
    selector: '[data-coach="report-causes"]',
    title: 'Where the points went',
    text: 'Every lost point has a cause. The largest are listed here with their numbers.',
  },
  {
    selector: '[data-coach="report-lesson"]',
    title: 'One lesson a month',
    text: 'A short lesson tied to what happened. The final debrief collects the most important ones.',
  },
  {
    selector: '[data-coach="briefing-actuals"]',
    title: 'Plan against actuals',
    text: 'Compare last month’s forecast and production with what really happened before you plan again.',
    round: 2,
  },
  {
    selector: '[data-coach="consensus-projection"]',
    title: 'Look ahead',
    text: 'Projected inventory, fill rate and profit show what the signed plan will do if nothing surprises you.',
    round: 2,
  },
  {
    selector: '[data-coach="report-bonuses"]',
    title: 'Your bonus is not the score',
    text: 'Sales earns on revenue, Operations on unit cost. Watch how your bonus and the team’s score can pull apart.',
    round: 2,
  },
];
