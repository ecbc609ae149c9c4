/** What a round report shows: three score gauges with their parts, the events, bonuses and a lesson (no DOM). */

import { actualBreakdown } from '../../engine/cost-breakdown';
import type { GameFrame } from '../../engine/debrief';
import { type Lesson, monthLesson } from '../../engine/debrief/month-lesson';
import { type ConsensusGaps, reportGaps, weightingSentence } from '../../engine/plan-gaps';
import type { MonthReport, Scenario } from '../../engine/types';
import { formatCount, formatMoney, formatPercent } from '../../engine/words/formats';
import { monthNews } from './events-text';
import { type MoneyRow, moneyRows } from './money-table';

/** One gauge: a 0–1 value, its label and the parts that explain it. */
export interface GaugeModel {
  id: 'alignment' | 'balance' | 'execution';
  label: string;
  value: number;
  /** "82 / 100". */
  valueText: string;
  /** 'ok' ≥ 0.8, 'warn' ≥ 0.5, else 'danger'. */
  tone: 'ok' | 'warn' | 'danger';
  parts: string[];
  question: string;
}

/** The round report as text and numbers. */
export interface ReportModel {
  title: string;
  totalText: string;
  gauges: GaugeModel[];
  events: string[];
  finance: { label: string; value: string }[];
  /** Every money line, projected by the signed plan beside the actual. */
  money: MoneyRow[];
  lesson: Lesson;
}

/** The tone of a 0–1 score for colour and icon. */
export function scoreTone(value: number): GaugeModel['tone'] {
  if (value >= 0.8) return 'ok';
  if (value >= 0.5) return 'warn';
  return 'danger';
}

/** A 0–1 score out of 100: 0.823 → "82 / 100". */
export function scoreText(value: number): string {
  return `${Math.round(value * 100)} / 100`;
}

function gauge(
  id: GaugeModel['id'],
  label: string,
  value: number,
  question: string,
  parts: string[],
): GaugeModel {
  return { id, label, value, valueText: scoreText(value), tone: scoreTone(value), parts, question };
}

/** The alignment gauge's parts: each month's planned shortage and excess, then how the weighted figure is counted. */
function alignmentParts(gaps: ConsensusGaps): string[] {
  const byMonth = (pick: (m: ConsensusGaps['months'][number]) => number) =>
    gaps.months.map((m) => formatCount(Math.round(pick(m)))).join(' / ');
  const which = ['this month', 'this month / next', 'this month / next / the one after'][
    gaps.months.length - 1
  ];
  const parts = [
    `Planned shortage: ${byMonth((m) => m.shortage)} units (${which})`,
    `Planned excess: ${byMonth((m) => m.excess)} units`,
  ];
  const weighted = weightingSentence(gaps);
  if (weighted) parts.push(weighted);
  return parts;
}

/** The report's figures (gauges, events, money), which need only the month and the scenario: a live seat,
 * which never holds the world, shows them too. */
export function reportFigures(
  report: MonthReport,
  scenario: Scenario,
  rounds: number,
): Omit<ReportModel, 'lesson'> {
  const s = report.scores;
  const events = monthNews(report, scenario);
  const money = actualBreakdown(report);
  return {
    title: `Month ${report.month} report`,
    totalText: scoreText(s.total),
    gauges: [
      gauge(
        'alignment',
        'Alignment',
        s.alignment,
        'Did the supply plan cover the demand plan?',
        alignmentParts(reportGaps(report, scenario, rounds)),
      ),
      gauge('balance', 'Balance', s.balance, 'Did supply meet demand without waste?', [
        `Fill rate: ${formatPercent(s.fillRate)}`,
        `Inventory health: ${formatPercent(s.inventoryHealth)}`,
      ]),
      gauge('execution', 'Execution', s.execution, 'Were the plans carried out?', [
        `Forecast accuracy: ${formatPercent(s.forecastAccuracy)}`,
        `Plan attainment: ${formatPercent(s.planAttainment)}`,
      ]),
    ],
    events: events.length > 0 ? events : ['No shocks this month: the results come from the plans alone.'],
    finance: [
      { label: 'Revenue', value: formatMoney(money.revenueCents) },
      { label: 'Costs', value: formatMoney(money.totalCostCents) },
      { label: 'Profit', value: formatMoney(money.profitCents) },
    ],
    money: moneyRows(report, scenario),
  };
}

/** Builds the report of one resolved month (the game frame gives the scenario and the lesson's context). */
export function reportModel(
  report: MonthReport,
  game: GameFrame & { history?: readonly MonthReport[] },
): ReportModel {
  return {
    ...reportFigures(report, game.scenario, game.settings.rounds),
    lesson: monthLesson(report, game),
  };
}
