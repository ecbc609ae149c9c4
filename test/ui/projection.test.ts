import { describe, expect, it } from 'vitest';
import { gapVerdict, gapWords } from '../../src/ui/forms/consensus-words';
import { projectPlan } from '../../src/ui/forms/projection';
import { scenario } from './fixture';

// Hand-made case. Price €50, material €15 + conversion €10 per unit, holding €1, backorder €3; cover 1 month.
const input = {
  scenario,
  stock: {
    kettle: { inventory: 50, backlog: 20, materials: 0, pipeline: [] },
    toaster: { inventory: 0, backlog: 10, materials: 0, pipeline: [] },
  },
  salesPlan: {
    forecast: {
      kettle: [100, 100, 100] as [number, number, number],
      toaster: [50, 50, 20] as [number, number, number],
    },
    promotion: { kettle: 10 as const, toaster: 0 as const },
    acceptDeals: [],
  },
  opsPlan: {
    production: {
      kettle: [80, 150, 100] as [number, number, number],
      toaster: [40, 100, 50] as [number, number, number],
    },
    materialOrder: { kettle: 0, toaster: 0 },
    expedite: { kettle: 10, toaster: 0 },
    overtimeHours: 10,
  },
  month: 1,
  rounds: 12,
};

describe('projectPlan', () => {
  const projection = projectPlan(input);

  it('projects inventory I_k = I_{k-1} + P_k − F_k from I_0 = inventory − backlog', () => {
    expect(projection.products.kettle.map((r) => r.inventory)).toEqual([10, 60, 60]);
    expect(projection.products.toaster.map((r) => r.inventory)).toEqual([-20, 30, 60]);
  });

  it('marks a planned shortage and excess beyond one month of the next forecast (the last month uses its own)', () => {
    expect(projection.products.kettle.map((r) => r.gap)).toEqual(['ok', 'ok', 'ok']);
    expect(projection.products.toaster.map((r) => [r.gap, r.shortage, r.excess])).toEqual([
      ['short', 20, 0],
      ['excess', 0, 10],
      ['excess', 0, 40],
    ]);
  });

  it('projects fill rate against forecast plus backlog carried in', () => {
    expect(projection.products.toaster.map((r) => [r.toServe, r.shipped])).toEqual([
      [60, 40],
      [70, 70],
      [20, 20],
    ]);
    expect(projection.products.toaster[0].fillRate).toBeCloseTo(2 / 3, 10);
    expect(projection.months.map((m) => m.fillRate)).toEqual([0.875, 1, 1]);
  });

  it('projects rough profit in cents: discounted revenue − production, holding, backorder, expedite, overtime', () => {
    const kettle = projection.products.kettle[0];
    expect(kettle.revenueCents).toBe(450_000); // 100 × €50 × 0.9
    expect(kettle.costCents).toBe(208_500); // 80 × €25 + 10 × €1 holding + 10 expedited × €15 × 0.5
    expect(projection.products.toaster[0].costCents).toBe(106_000); // 40 × €25 + 20 short × €3
    expect(projection.months.map((m) => m.profitCents)).toEqual([315_500, 216_000, 213_000]); // month 0 less 10 h × €20
    expect(projection.totalProfitCents).toBe(744_500);
  });

  it('puts gaps in plain words', () => {
    expect(gapWords(projection.products.toaster[0])).toBe('short 20');
    expect(gapWords(projection.products.toaster[1])).toBe('excess 10');
    expect(gapWords(projection.products.kettle[0])).toBeNull();
    expect(gapVerdict(projection)).toBe(
      'Gaps to discuss: a planned shortage in 1 of 6 product-months and stock beyond the allowed cover in 2 of 6 product-months. ' +
        'Alignment weighs this month and the next two 50 %, 30 %, 20 %: shortages of 20, 0 and 0 units count as 10; ' +
        'excesses of 0, 10 and 40 units count as 11. Each role may revise its plan once.',
    );
  });

  it('agrees when supply matches demand', () => {
    const matched = projectPlan({
      ...input,
      opsPlan: { ...input.opsPlan, production: { kettle: [70, 100, 100], toaster: [60, 50, 20] } },
    });
    expect(gapVerdict(matched)).toMatch(/^The plans agree/);
  });
});
