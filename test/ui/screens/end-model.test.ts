import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, playerFigures, playerTable, productChart } from '../../../src/ui/present/end-model';
import { PAIR_META, playedGame } from './played-game';

const game = playedGame();

describe('productChart', () => {
  const chart = productChart(game.history, 'ebike', 'E-bike', true);

  it('has one point per month in each of the four series', () => {
    expect(chart.labels).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
    expect(chart.series.map((s) => s.label)).toEqual(['Demand', 'Forecast', 'Production', 'End inventory']);
    for (const s of chart.series) expect(s.values).toHaveLength(6);
    expect(chart.series[0].values[0]).toBe(game.history[0].products.ebike.demand);
    expect(chart.series[3].values[5]).toBe(game.history[5].products.ebike.inventoryOut);
  });

  it('uses Okabe–Ito colours and distinct dashes, or the classic palette', () => {
    expect(chart.series.map((s) => s.colour)).toEqual([...CHART_COLOURS.safe]);
    expect(new Set(chart.series.map((s) => JSON.stringify(s.dash))).size).toBe(4);
    expect(productChart(game.history, 'ebike', 'E-bike', false).series[0].colour).toBe(
      CHART_COLOURS.classic[0],
    );
  });

  it('gives the same figures as a text table', () => {
    expect(chart.table.rows).toHaveLength(6);
    expect(chart.table.columns).toEqual(['Month', 'Demand', 'Forecast', 'Production', 'End inventory']);
  });
});

describe('playerFigures', () => {
  const players = playerFigures(game, PAIR_META);

  it('splits the months between the two players in each role', () => {
    expect(players.map((p) => p.name)).toEqual(['Ana', 'Ben']);
    expect(players[0].sales.months + players[1].sales.months).toBe(6);
    expect(players[0].sales.months).toBe(3);
    expect(players[0].ops.months).toBe(3);
  });

  it('adds up to the bonuses the engine paid', () => {
    const salesTotal = game.history.reduce((sum, m) => sum + m.bonuses.salesCents, 0);
    expect(players[0].sales.bonusCents + players[1].sales.bonusCents).toBe(salesTotal);
  });

  it('shows a dash for a role a player never held', () => {
    // Four players, roles swapping every 2 rounds over 6 months: D is never Sales.
    const slow = { ...game, settings: { ...game.settings, rotateEvery: 2 } };
    const four = playerFigures(slow, { ...PAIR_META, mode: 'team', players: ['A', 'B', 'C', 'D'] });
    expect(four.map((p) => p.sales.months)).toEqual([2, 2, 2, 0]);
    expect(four.map((p) => p.ops.months)).toEqual([0, 2, 2, 2]);
    const table = playerTable(four);
    expect(table.rows[3][2]).toBe('—');
    expect(table.rows[0][5]).toBe('—');
  });
});
