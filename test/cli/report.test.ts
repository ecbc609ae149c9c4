import { describe, expect, it } from 'vitest';
import { buildReport, monthReportJson } from '../../src/cli/report';
import { formatColumns, formatGameTable } from '../../src/cli/table';
import { gameScore, getScenario, playGame } from '../../src/engine';
import { plainCount, plainMoney, plainPercent, plainScore } from '../../src/engine/words/plain';

const scenario = getScenario('seasonal-peak')!;
const { state } = playGame(scenario, '3', { rounds: 6, rotateEvery: 1 }, 'planner', 'chase');
const report = buildReport(state, { salesBot: 'planner', opsBot: 'chase' });

describe('buildReport', () => {
  it('names the game and carries the recorded score and profit', () => {
    const score = gameScore(state);
    expect(report).toMatchObject({
      scenario: 'seasonal-peak',
      seed: '3',
      engineVersion: state.engineVersion,
      rounds: 6,
      salesBot: 'planner',
      opsBot: 'chase',
      finished: true,
      score: {
        total: score.total,
        alignment: score.alignment,
        balance: score.balance,
        execution: score.execution,
      },
      profitCents: score.profitCents,
    });
    expect(report.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives every month its three scores in [0, 1], its profit, and every product with its plan horizon', () => {
    for (const [i, month] of report.months.entries()) {
      const source = state.history[i];
      for (const key of ['alignment', 'balance', 'execution'] as const) {
        expect(month[key]).toBe(source.scores[key]);
        expect(month[key]).toBeGreaterThanOrEqual(0);
        expect(month[key]).toBeLessThanOrEqual(1);
      }
      expect(month.profitCents).toBe(source.finance.profitCents);
      expect(Object.keys(month.products).sort()).toEqual(['ebike', 'scooter']);
      for (const [id, p] of Object.entries(month.products)) {
        const s = source.products[id];
        expect(p).toMatchObject({
          demand: s.demand,
          forecast: s.forecast,
          plannedProduction: s.plannedProduction,
          produced: s.produced,
          shipped: s.shipped,
          backlogIn: s.backlogIn,
          backlogOut: s.backlogOut,
          lostSales: s.lostSales,
          inventoryIn: s.inventoryIn,
          inventoryOut: s.inventoryOut,
          fillRate: s.fillRate,
        });
        expect(p.plan.forecast).toHaveLength(3);
        expect(p.plan.production).toHaveLength(3);
        expect(p.inventoryIn + p.produced - p.shipped).toBe(p.inventoryOut);
      }
    }
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('lists the shocks active in a month with their type, product, size and months', () => {
    const withShock = state.history.find((m) => m.shocks.length > 0);
    if (!withShock) return;
    const json = monthReportJson(withShock, state);
    expect(json.shocks[0]).toEqual({
      id: withShock.shocks[0].id,
      type: withShock.shocks[0].type,
      product: withShock.shocks[0].product,
      magnitude: withShock.shocks[0].magnitude,
      startMonth: withShock.shocks[0].startMonth,
      endMonth: withShock.shocks[0].endMonth,
    });
  });

  it('carries each month attribution: causes with detail and points that add up to the lost points', () => {
    for (const month of state.history) {
      const json = monthReportJson(month, state);
      for (const score of ['alignment', 'balance', 'execution'] as const) {
        const causes = json.attribution[score];
        const sum = causes.reduce((total, c) => total + c.points, 0);
        expect(sum).toBeCloseTo(100 * (1 - json[score]), 6);
        for (const c of causes) {
          expect(typeof c.cause).toBe('string');
          expect(c.detail.length).toBeGreaterThan(10);
        }
      }
    }
  });
});

describe('text formatting', () => {
  it('formats cents with thousands separators and two decimals', () => {
    expect(plainMoney(0)).toBe('0.00');
    expect(plainMoney(5)).toBe('0.05');
    expect(plainMoney(123456789)).toBe('1,234,567.89');
    expect(plainMoney(-100050)).toBe('-1,000.50');
  });

  it('formats a share as a whole percentage', () => {
    expect(plainPercent(0.876)).toBe('88%');
    expect(plainPercent(1)).toBe('100%');
  });

  it('groups whole units and shows scores with one decimal (the instructor page uses the same strings)', () => {
    expect(plainCount(1234567.4)).toBe('1,234,567');
    expect(plainCount(-1234)).toBe('-1,234');
    expect(plainCount(999)).toBe('999');
    expect(plainScore(83.45)).toBe('83.5');
  });

  it('aligns numeric columns right and text columns left', () => {
    expect(
      formatColumns(
        ['name', 'n'],
        [
          ['a', '1'],
          ['bbb', '100'],
        ],
      ),
    ).toBe(['name    n', '----  ---', 'a       1', 'bbb   100'].join('\n'));
  });

  it('prints one line per product per month, then the final score and profit', () => {
    const text = formatGameTable(report);
    const lines = text.split('\n');
    expect(lines[0]).toContain(
      'Seasonal peak (seasonal-peak), seed "3", 6 of 6 rounds, Sales planner / Operations chase',
    );
    expect(lines.filter((l) => /^\s+\d+\s+ebike\s/.test(l))).toHaveLength(6);
    expect(lines.filter((l) => /^\s+scooter\s/.test(l))).toHaveLength(6);
    expect(text).toContain(`Score ${report.score.total.toFixed(1)} / 100`);
    expect(text).toContain(`Profit ${plainMoney(report.profitCents)}`);
    for (const header of [
      'demand',
      'forecast',
      'produced',
      'shipped',
      'inventory',
      'backlog',
      'lost',
      'fill',
      'profit',
    ])
      expect(lines[2]).toContain(header);
  });
});
