import { describe, expect, it } from 'vitest';
import { opsBonus, STANDARD_COST_ALLOWANCE, salesBonus, standardCostCents } from '../../src/engine/bonuses';
import { executeMonth } from '../../src/engine/execute';
import type { MonthFinance } from '../../src/engine/types';
import { executionState, opsPlan, shock, tinyScenario } from './fixtures';

const scenario = tinyScenario();

/** Every cost line that profit subtracts (lost margin is reported beside it, not subtracted). */
function costs(f: MonthFinance): number {
  return (
    f.materialCents +
    f.conversionCents +
    f.overtimeCents +
    f.expediteCents +
    f.holdingCents +
    f.backorderCents
  );
}

describe('finance of a month', () => {
  // 50 on hand + 100 made, 100 sold; 80 ordered, 10 expedited, 10 overtime hours paid.
  const { report } = executeMonth(
    executionState(scenario, { ops: opsPlan(scenario, [100, 100, 100], 80, 10, 10) }),
  );
  const f = report.finance;

  it.each([
    ['revenueCents', 100 * 10000],
    ['materialCents', (80 + 10) * 3000],
    ['conversionCents', 100 * 2000],
    ['overtimeCents', 10 * 5000],
    ['expediteCents', 10 * 1500],
    ['holdingCents', 50 * 100],
    ['backorderCents', 0],
    ['lostMarginCents', 0],
    ['promotionCents', 0],
    ['profitCents', 1_000_000 - 270_000 - 200_000 - 50_000 - 15_000 - 5_000],
  ] as const)('%s is %i', (line, cents) => {
    expect(f[line]).toBe(cents);
  });

  it('profit is revenue minus every cost line, in whole cents', () => {
    expect(f.profitCents).toBe(f.revenueCents - costs(f));
    for (const value of Object.values(f)) expect(Number.isInteger(value)).toBe(true);
  });

  it('charges backorder penalties on the backlog carried out and counts the lost margin', () => {
    const short = executeMonth(
      executionState(scenario, {
        stock: { inventory: 0, backlog: 0, materials: 60 },
        ops: opsPlan(scenario, [60, 0, 0]),
      }),
    ).report;
    // Unmet 40: 8 lost, 32 carried.
    expect(short.finance.backorderCents).toBe(32 * 500);
    expect(short.finance.lostMarginCents).toBe(8 * (10000 - 3000 - 2000));
    expect(short.finance.profitCents).toBe(short.finance.revenueCents - costs(short.finance));
  });

  it('prices orders placed during a material cost spike higher, premium included', () => {
    const spike = executeMonth(
      executionState(scenario, {
        ops: opsPlan(scenario, [100, 0, 0], 80, 10),
        shocks: [shock('materialCostSpike', 0.2)],
      }),
    ).report.finance;
    expect(spike.materialCents).toBe(90 * 3600);
    expect(spike.expediteCents).toBe(10 * 1800);
  });
});

describe('role bonuses', () => {
  it('gives Sales its share of revenue, rounded to cents', () => {
    const finance = { revenueCents: 123_456 } as MonthFinance;
    expect(salesBonus(scenario, finance)).toBe(1235);
  });

  it('values standard cost at material + conversion with the allowance, per unit produced', () => {
    expect(STANDARD_COST_ALLOWANCE).toBe(1.1);
    const { report } = executeMonth(executionState(scenario));
    expect(standardCostCents(scenario, report.products)).toBe(100 * 5500);
  });

  it('gives Operations its share of the saving against standard cost', () => {
    const { report } = executeMonth(executionState(scenario));
    // Standard 100 × 55.00 = 550,000; actual 100 × 30.00 + 100 × 20.00 + holding 50 × 1.00 = 505,000.
    expect(report.bonuses.opsCents).toBe(4500);
    expect(report.bonuses.salesCents).toBe(10_000);
  });

  it('never gives Operations a negative bonus', () => {
    const { report } = executeMonth(
      executionState(scenario, { ops: opsPlan(scenario, [100, 0, 0], 0, 0, 40) }),
    );
    expect(opsBonus(scenario, report.products, report.finance, 0)).toBe(0);
    expect(report.bonuses.opsCents).toBe(0);
  });
});
