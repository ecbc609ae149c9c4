/** Hand-made scenario, stock and month report for the stage's tests (the engine is not needed). */
import type { ProductSpec, Scenario } from '../../src/engine/scenario-types';
import type { MonthReport, ProductMonth, ProductStock, ShockOccurrence } from '../../src/engine/types';

/** A product spec with plausible numbers. */
export function productSpec(id: string, name: string, unitName: string): ProductSpec {
  return {
    id,
    name,
    unitName,
    priceCents: 100_000,
    materialCostCents: 40_000,
    conversionCostCents: 20_000,
    hoursPerUnit: 1,
    holdingCostCents: 1_000,
    backorderPenaltyCents: 5_000,
    lostSaleShare: 0.2,
    baseDemand: 400,
    trendPerMonth: 0,
    seasonality: Array(12).fill(1),
    noise: 0.1,
    promotionLift: { '10': 0.2, '20': 0.45 },
    promotionDip: 0.3,
    yield: 1,
    initialInventory: 200,
    initialMaterials: 300,
  };
}

/** A two-product scenario. */
export function scenario(): Scenario {
  return {
    id: 'test',
    name: 'Test',
    goal: 'Test the stage.',
    description: '',
    suggestedRounds: 6,
    startMonth: 1,
    products: [productSpec('bike', 'E-bike', 'e-bikes'), productSpec('scooter', 'Scooter', 'scooters')],
    plant: { capacityHours: 1000, overtimeMaxHours: 200, overtimeCostCentsPerHour: 3_000 },
    supplier: { leadTimeMonths: 1, expeditePremium: 0.5 },
    scoring: {
      weights: { alignment: 1, balance: 1, execution: 1 },
      allowedCoverMonths: 1,
      maxCoverMonths: 1.5,
    },
    bonuses: { salesRevenueShare: 0.01, opsSavingShare: 0.1 },
    shocks: [],
  };
}

/** A consistent product month: materials, stock and backlog all balance. */
export function productMonth(overrides: Partial<ProductMonth> = {}): ProductMonth {
  const base: ProductMonth = {
    demand: 420,
    dealUnits: 0,
    forecast: 400,
    plannedProduction: 400,
    started: 380,
    produced: 380,
    shipped: 450,
    backlogIn: 50,
    backlogOut: 16,
    lostSales: 4,
    inventoryIn: 200,
    inventoryOut: 130,
    materialsIn: 300,
    materialsArrived: 250,
    materialsUsed: 380,
    materialsOut: 170,
    fillRate: 0.95,
    promotion: 0,
    limitedBy: 'materials',
    plan: { forecast: [400, 400, 400], production: [400, 400, 400] },
    revenueCents: 45_000_000,
  };
  return { ...base, ...overrides };
}

/** A shock active in month 3. */
export function shock(overrides: Partial<ShockOccurrence> = {}): ShockOccurrence {
  return {
    id: 's1',
    type: 'machineBreakdown',
    product: 'all',
    magnitude: 0.3,
    startMonth: 3,
    endMonth: 3,
    ...overrides,
  };
}

/** A month-3 report with two products, a breakdown and a cut delivery. */
export function monthReport(overrides: Partial<MonthReport> = {}): MonthReport {
  return {
    month: 3,
    products: {
      bike: productMonth(),
      scooter: productMonth({ limitedBy: 'none', lostSales: 0, backlogOut: 20 }),
    },
    scores: {
      alignment: 0.8,
      balance: 0.7,
      execution: 0.9,
      total: 0.8,
      fillRate: 0.95,
      inventoryHealth: 0.9,
      forecastAccuracy: 0.95,
      planAttainment: 0.95,
      plannedShortage: 0,
      plannedExcess: 0,
      weightedForecast: 400,
    },
    finance: {
      revenueCents: 0,
      materialCents: 0,
      conversionCents: 0,
      overtimeCents: 0,
      expediteCents: 0,
      holdingCents: 0,
      backorderCents: 0,
      lostMarginCents: 0,
      promotionCents: 0,
      profitCents: 0,
    },
    capacityHours: 1000,
    hoursUsed: 920,
    overtimeHours: 0,
    utilisation: 0.92,
    shocks: [shock()],
    events: [
      { type: 'deliveryCut', product: 'bike', units: 50 },
      { type: 'deliveryDelayed', product: 'scooter', units: 30 },
      { type: 'deliveryDelayed', product: 'scooter', units: 10 },
    ],
    bonuses: { salesCents: 0, opsCents: 0 },
    sharedSignals: [],
    unsharedSignals: [],
    acceptedDeals: [],
    salesPlan: { forecast: {}, promotion: {}, acceptDeals: [] },
    opsPlan: { production: {}, materialOrder: {}, expedite: {}, overtimeHours: 0 },
    ...overrides,
  };
}

/** Stock at the start of a month. */
export function stock(overrides: Partial<ProductStock> = {}): ProductStock {
  return {
    inventory: 120,
    backlog: 30,
    materials: 240,
    pipeline: [{ arrivalMonth: 4, units: 300 }],
    ...overrides,
  };
}
