import { describe, expect, it } from 'vitest';
import { getScenario } from '../../../src/engine';
import type { OpsPlan, SalesPlan } from '../../../src/engine/types';
import { opsPlanLines, salesPlanLines, shareLines } from '../../../src/ui/present/bot-summary';

const scenario = getScenario('steady-start')!;

describe('the bot’s decisions in plain words', () => {
  it('lists forecasts, promotions and deals', () => {
    const plan: SalesPlan = {
      forecast: { kettle: [1200, 1250, 1300] },
      promotion: { kettle: 10 },
      acceptDeals: ['d1'],
    };
    const offer = { id: 'd1', product: 'kettle', month: 1, units: 300, discount: 0.1, customer: 'MegaMart' };
    expect(salesPlanLines('Olivia', plan, scenario, [offer], { month: 1, rounds: 12 })).toEqual([
      'Olivia forecasts 1,200 kettles this month, then 1,250 kettles and 1,300 kettles.',
      'Olivia runs a 10 % promotion on kettles this month.',
      "Olivia accepts MegaMart's order of 300 kettles.",
    ]);
  });

  it('lists production, material orders, expediting and overtime', () => {
    const plan: OpsPlan = {
      production: { kettle: [1000, 1100, 1200] },
      materialOrder: { kettle: 900 },
      expedite: { kettle: 50 },
      overtimeHours: 0,
    };
    expect(opsPlanLines('Pat', plan, scenario, { month: 1, rounds: 12 })).toEqual([
      'Pat plans to make 1,000 kettles this month, then 1,100 kettles and 1,200 kettles.',
      'Pat orders material for 900 kettles.',
      'Pat expedites material for 50 kettles at a premium.',
      'Pat books no overtime.',
    ]);
  });

  it('says so when nothing is shared', () => {
    expect(shareLines('Cora', [], scenario)).toEqual(['Cora shares no intelligence this month.']);
  });

  it('says nothing about months after the game or a material order it cannot place', () => {
    const sales: SalesPlan = {
      forecast: { kettle: [1200, 1250, 0] },
      promotion: { kettle: 0 },
      acceptDeals: [],
    };
    expect(salesPlanLines('Olivia', sales, scenario, [], { month: 11, rounds: 12 })[0]).toBe(
      'Olivia forecasts 1,200 kettles this month, then 1,250 kettles.',
    );
    const ops: OpsPlan = {
      production: { kettle: [1100, 0, 0] },
      materialOrder: { kettle: 0 },
      expedite: { kettle: 0 },
      overtimeHours: 0,
    };
    expect(opsPlanLines('Pat', ops, scenario, { month: 12, rounds: 12 })).toEqual([
      'Pat plans to make 1,100 kettles this month.',
      'Pat books no overtime.',
    ]);
  });
});
