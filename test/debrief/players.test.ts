import { describe, expect, it } from 'vitest';
import { playerStats, seatBonuses } from '../../src/engine/debrief';
import { fakeGame, fakeReport } from './fixtures';

describe('playerStats', () => {
  // Rotation every round: Ana is Sales in months 1 and 3, Operations in 2 and 4; Ben the opposite.
  const history = [
    fakeReport(1, { widget: { demand: 100, forecast: 120 }, bonuses: { salesCents: 10, opsCents: 1 } }),
    fakeReport(2, {
      widget: { demand: 200, forecast: 150, plannedProduction: 200, produced: 150 },
      finance: { materialCents: 3000, conversionCents: 2000, overtimeCents: 500, expediteCents: 0 },
      bonuses: { salesCents: 20, opsCents: 2 },
    }),
    fakeReport(3, { widget: { demand: 100, forecast: 90 }, bonuses: { salesCents: 30, opsCents: 3 } }),
    fakeReport(4, {
      widget: { demand: 100, forecast: 100, plannedProduction: 100, produced: 110 },
      finance: { materialCents: 1000, conversionCents: 1000, overtimeCents: 0, expediteCents: 101 },
      bonuses: { salesCents: 40, opsCents: 4 },
    }),
  ];
  const [ana, ben] = playerStats(history, fakeGame(history), ['Ana', 'Ben']);

  it('gives Sales figures from the months each player held Sales', () => {
    expect(ana.salesMonths).toEqual([1, 3]);
    // errors 20 + 10 over demand 200
    expect(ana.forecastAccuracy).toBeCloseTo(0.85, 12);
    // (210 − 200) / 200
    expect(ana.forecastBias).toBeCloseTo(0.05, 12);
    expect(ana.salesBonusCents).toBe(40);
    expect(ben.salesMonths).toEqual([2, 4]);
    expect(ben.forecastAccuracy).toBeCloseTo(1 - 50 / 300, 12);
    expect(ben.forecastBias).toBeCloseTo(-50 / 300, 12);
  });

  it('gives Operations plan attainment and unit cost in whole cents', () => {
    expect(ana.opsMonths).toEqual([2, 4]);
    // |150 − 200| + |110 − 100| over 300 planned
    expect(ana.planAttainment).toBeCloseTo(0.8, 12);
    // (5500 + 2101) cents / 260 units = 29.23…
    expect(ana.unitCostCents).toBe(29);
    expect(ana.opsBonusCents).toBe(6);
    expect(ben.opsMonths).toEqual([1, 3]);
    expect(ben.unitCostCents).toBe(0);
  });

  it('leaves figures empty for a role never held', () => {
    const [solo] = playerStats(history.slice(0, 1), fakeGame(history.slice(0, 1), 1), ['Solo', 'Bot', 'Eve']);
    expect(solo.opsMonths).toEqual([]);
    expect(solo.planAttainment).toBeNull();
    expect(solo.unitCostCents).toBeNull();
  });
});

describe('seatBonuses', () => {
  // Rotation every round over two seats: seat 0 is Sales in odd months, Operations in even ones.
  const history = [1, 2, 3].map((month) =>
    fakeReport(month, {
      widget: { demand: 100 },
      bonuses: { salesCents: month * 100, opsCents: month * 10 },
    }),
  );
  const game = fakeGame(history);

  it('gives each player what they earned in the role they held that month, not the role’s total', () => {
    expect(seatBonuses(history, game, 0, 2)).toEqual({ salesCents: 100 + 300, opsCents: 20 });
    expect(seatBonuses(history, game, 1, 2)).toEqual({ salesCents: 200, opsCents: 10 + 30 });
  });

  it('matches the debrief’s per-player figures', () => {
    const stats = playerStats(history, game, ['Ana', 'Ben']);
    stats.forEach((player, seat) => {
      expect(seatBonuses(history, game, seat, 2)).toEqual({
        salesCents: player.salesBonusCents,
        opsCents: player.opsBonusCents,
      });
    });
  });

  it('is nothing before the first month is played', () => {
    expect(seatBonuses([], game, 1, 2)).toEqual({ salesCents: 0, opsCents: 0 });
  });
});
