/** A small two-product scenario for the form logic tests. */
import type { ProductSpec, Scenario } from '../../src/engine/scenario-types';

function product(
  id: string,
  name: string,
  unitName: string,
  baseDemand: number,
  hoursPerUnit: number,
): ProductSpec {
  return {
    id,
    name,
    unitName,
    priceCents: 5000,
    materialCostCents: 1500,
    conversionCostCents: 1000,
    hoursPerUnit,
    holdingCostCents: 100,
    backorderPenaltyCents: 300,
    lostSaleShare: 0.2,
    baseDemand,
    trendPerMonth: 0,
    seasonality: Array(12).fill(1),
    noise: 0.1,
    promotionLift: { '10': 0.25, '20': 0.6 },
    promotionDip: 0.4,
    yield: 1,
    initialInventory: 100,
    initialMaterials: 100,
  };
}

/** Kettles (base 100, 0.5 h each) and toasters (base 50, 2 h each); 200 h capacity, up to 40 h overtime. */
export const scenario: Scenario = {
  id: 'test',
  name: 'Test',
  goal: 'g',
  description: 'd',
  suggestedRounds: 6,
  startMonth: 1,
  products: [
    product('kettle', 'Kettles', 'kettles', 100, 0.5),
    product('toaster', 'Toasters', 'toasters', 50, 2),
  ],
  plant: { capacityHours: 200, overtimeMaxHours: 40, overtimeCostCentsPerHour: 2000 },
  supplier: { leadTimeMonths: 1, expeditePremium: 0.5 },
  scoring: {
    weights: { alignment: 1, balance: 1, execution: 1 },
    allowedCoverMonths: 1,
    maxCoverMonths: 1.5,
  },
  bonuses: { salesRevenueShare: 0.02, opsSavingShare: 0.1 },
  shocks: [],
};
