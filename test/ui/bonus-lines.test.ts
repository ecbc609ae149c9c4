import { describe, expect, it } from 'vitest';
import { bonusLines } from '../../src/ui/present/bonus-lines';
import { fakeReport } from '../debrief/fixtures';

describe('the round report’s bonus lines', () => {
  const history = [1, 2].map((month) =>
    fakeReport(month, {
      widget: { demand: 100 },
      bonuses: { salesCents: month * 10000, opsCents: month * 1000 },
    }),
  );
  const settings = { rounds: 6, rotateEvery: 1 };

  it('give each holder their own bonus so far, split by role, not the role’s total', () => {
    // Month 2: Ben (seat 1) is Sales, Ana (seat 0) Operations.
    const lines = bonusLines(
      history[1],
      history,
      settings,
      {
        sales: { name: 'Ben', seat: 1 },
        ops: { name: 'Ana', seat: 0 },
      },
      2,
    );
    expect(lines).toEqual([
      'Sales (Ben) earned a bonus of €200 this month; Ben’s bonus so far: €210 (€200 as Sales, €10 as Operations).',
      'Operations (Ana) earned a bonus of €20 this month; Ana’s bonus so far: €120 (€100 as Sales, €20 as Operations).',
    ]);
  });

  it('put a bot’s bracketed persona between commas instead of nesting brackets', () => {
    const [, ops] = bonusLines(
      history[1],
      history,
      settings,
      {
        sales: { name: 'Ana', seat: 0 },
        ops: { name: 'Cora the cautious (cost-driven)', seat: 1 },
      },
      2,
    );
    expect(ops).toMatch(/^Operations, Cora the cautious \(cost-driven\), earned a bonus of €20 this month;/);
  });

  it('count only the months up to the reported one', () => {
    const [sales] = bonusLines(
      history[0],
      history,
      settings,
      {
        sales: { name: 'Ana', seat: 0 },
        ops: { name: 'Ben', seat: 1 },
      },
      2,
    );
    expect(sales).toMatch(/Ana’s bonus so far: €100 \(€100 as Sales, €0 as Operations\)/);
  });

  it('name the role’s total as such when the seat is unknown', () => {
    const [sales] = bonusLines(
      history[1],
      history,
      settings,
      {
        sales: { name: 'Ben', seat: null },
        ops: { name: 'Ana', seat: null },
      },
      2,
    );
    expect(sales).toMatch(/the Sales role’s bonuses so far: €300\.$/);
  });
});
