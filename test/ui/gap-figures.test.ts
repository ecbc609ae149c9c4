/**
 * One set of planned-gap figures (issue 11.3): the consensus meeting, the round report, the debrief and
 * the alignment score all read the engine's planGaps (through consensusGaps / reportGaps), so a month's
 * planned shortage and excess are the same numbers on every screen.
 */
import { describe, expect, it } from 'vitest';
import { getScenario, monthAttribution, playGame } from '../../src/engine';
import { reportGaps, weightingSentence } from '../../src/engine/plan-gaps';
import type { MonthReport } from '../../src/engine/types';
import { formatCount } from '../../src/engine/words/formats';
import { projectPlan } from '../../src/ui/forms/projection';
import { reportFigures } from '../../src/ui/present/report-model';

const scenario = getScenario('seasonal-peak')!;
const { state } = playGame(scenario, 'gaps', { rounds: 12, rotateEvery: 1 }, 'optimist', 'cautious');

function consensusOf(report: MonthReport) {
  const stock: Record<string, { inventory: number; backlog: number; materials: number; pipeline: [] }> = {};
  for (const p of scenario.products) {
    const m = report.products[p.id];
    stock[p.id] = { inventory: m.inventoryIn, backlog: m.backlogIn, materials: m.materialsIn, pipeline: [] };
  }
  return projectPlan({
    scenario,
    stock,
    salesPlan: report.salesPlan,
    opsPlan: report.opsPlan,
    month: report.month,
    rounds: 12,
  });
}

describe('planned gaps: one function behind every screen', () => {
  it('the game has planned gaps to compare', () => {
    expect(state.history.some((r) => r.scores.plannedShortage > 0)).toBe(true);
  });

  it.each(state.history.map((r) => [r.month, r] as const))('month %i', (_month, report) => {
    const gaps = reportGaps(report, scenario, 12);
    // The score.
    expect(gaps.shortage).toBeCloseTo(report.scores.plannedShortage, 9);
    expect(gaps.excess).toBeCloseTo(report.scores.plannedExcess, 9);
    // The consensus meeting: its cells and its weighted figures.
    const projection = consensusOf(report);
    expect(projection.gaps).toEqual(gaps);
    for (const p of scenario.products)
      projection.products[p.id].forEach((row, k) => {
        expect(row.shortage).toBe(gaps.products[p.id].months[k].shortage);
        expect(row.excess).toBe(gaps.products[p.id].months[k].excess);
      });
    // The round report: month by month, then the weighting sentence.
    const parts = reportFigures(report, scenario, 12).gauges[0].parts;
    expect(parts[0]).toContain(gaps.months.map((m) => formatCount(Math.round(m.shortage))).join(' / '));
    expect(parts[1]).toContain(gaps.months.map((m) => formatCount(Math.round(m.excess))).join(' / '));
    const sentence = weightingSentence(gaps);
    if (sentence) expect(parts).toContain(sentence);
    // The debrief: alignment's causes count the same weighted units.
    const causes = monthAttribution(state, report).alignment;
    for (const p of scenario.products) {
      const short = causes
        .filter((c) => c.product === p.id && (c.cause === 'planShort' || c.cause === 'unsharedSignal'))
        .reduce((s, c) => s + c.units, 0);
      if (report.scores.alignment < 1) expect(short).toBe(Math.round(gaps.products[p.id].shortage));
    }
  });
});
