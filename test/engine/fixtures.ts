/** Small hand-made scenarios and states for rule tests: round numbers a person can check by hand. */
import { createGame } from '../../src/engine/game';
import type { ProductSpec, Scenario } from '../../src/engine/scenario-types';
import type {
  DealOffer,
  GameState,
  Horizon,
  OpsPlan,
  ProductStock,
  SalesPlan,
  ShockOccurrence,
} from '../../src/engine/types';

/** A product with round numbers: price 100.00, material 30.00, conversion 20.00, 1 hour a unit. */
export function widget(overrides: Partial<ProductSpec> = {}): ProductSpec {
  return {
    id: 'widget',
    name: 'Widget',
    unitName: 'widgets',
    priceCents: 10000,
    materialCostCents: 3000,
    conversionCostCents: 2000,
    hoursPerUnit: 1,
    holdingCostCents: 100,
    backorderPenaltyCents: 500,
    lostSaleShare: 0.2,
    baseDemand: 100,
    trendPerMonth: 0,
    seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    noise: 0,
    promotionLift: { '10': 0.2, '20': 0.5 },
    promotionDip: 0.5,
    yield: 1,
    initialInventory: 50,
    initialMaterials: 200,
    ...overrides,
  };
}

/** A scenario without shocks around the given products (one widget by default). */
export function tinyScenario(overrides: Partial<Scenario> = {}, products = [widget()]): Scenario {
  return {
    id: 'tiny',
    name: 'Tiny',
    goal: 'Test the rules by hand.',
    description: 'A one-product company for rule tests. Nothing happens unless a test says so.',
    suggestedRounds: 6,
    startMonth: 1,
    products,
    plant: { capacityHours: 200, overtimeMaxHours: 40, overtimeCostCentsPerHour: 5000 },
    supplier: { leadTimeMonths: 1, expeditePremium: 0.5 },
    scoring: {
      weights: { alignment: 1, balance: 1, execution: 1 },
      allowedCoverMonths: 0.5,
      maxCoverMonths: 1,
    },
    bonuses: { salesRevenueShare: 0.01, opsSavingShare: 0.1 },
    shocks: [],
    ...overrides,
  };
}

/** A second product for capacity sharing: half an hour a unit. */
export function gadget(overrides: Partial<ProductSpec> = {}): ProductSpec {
  return widget({ id: 'gadget', name: 'Gadget', unitName: 'gadgets', hoursPerUnit: 0.5, ...overrides });
}

/** A Sales plan with the same horizon and promotion for every product of the scenario. */
export function salesPlan(
  scenario: Scenario,
  forecast: Horizon,
  promotion: 0 | 10 | 20 = 0,
  acceptDeals: string[] = [],
): SalesPlan {
  const plan: SalesPlan = { forecast: {}, promotion: {}, acceptDeals };
  for (const p of scenario.products) {
    plan.forecast[p.id] = [...forecast];
    plan.promotion[p.id] = promotion;
  }
  return plan;
}

/** An Operations plan with the same production, order and expedite for every product. */
export function opsPlan(
  scenario: Scenario,
  production: Horizon,
  materialOrder = 0,
  expedite = 0,
  overtimeHours = 0,
): OpsPlan {
  const plan: OpsPlan = { production: {}, materialOrder: {}, expedite: {}, overtimeHours };
  for (const p of scenario.products) {
    plan.production[p.id] = [...production];
    plan.materialOrder[p.id] = materialOrder;
    plan.expedite[p.id] = expedite;
  }
  return plan;
}

/** What a test sets up for one month before executing it. */
export interface MonthSetup {
  month?: number;
  stock?: Partial<ProductStock>;
  shocks?: ShockOccurrence[];
  noise?: number;
  sales?: SalesPlan;
  ops?: OpsPlan;
  lastPromotion?: 0 | 10 | 20;
  dealOffers?: DealOffer[];
}

/** A state in phase 'execution' with exactly the stock, shocks, noise and plans a test names. */
export function executionState(scenario: Scenario, setup: MonthSetup = {}): GameState {
  const month = setup.month ?? 1;
  const base = createGame(scenario, 'fixture', { rounds: Math.max(6, month), rotateEvery: 1 });
  const stock: Record<string, ProductStock> = {};
  const lastPromotion: GameState['lastPromotion'] = {};
  const noise: Record<string, number> = {};
  for (const p of scenario.products) {
    stock[p.id] = { ...base.stock[p.id], pipeline: [], ...setup.stock };
    lastPromotion[p.id] = setup.lastPromotion ?? 0;
    noise[p.id] = setup.noise ?? 1;
  }
  const months = base.world.months.map((m) =>
    m.month === month
      ? { ...m, noise, shocks: setup.shocks ?? [], signals: [], dealOffers: setup.dealOffers ?? [] }
      : m,
  );
  return {
    ...base,
    month,
    phase: 'execution',
    stock,
    lastPromotion,
    world: { months },
    plans: {
      sales: setup.sales ?? salesPlan(scenario, [100, 100, 100]),
      ops: setup.ops ?? opsPlan(scenario, [100, 100, 100]),
      revised: { sales: false, ops: false },
      signedOff: { sales: true, ops: true },
    },
  };
}

/** A shock active in `month` only (or the months given). */
export function shock(
  type: ShockOccurrence['type'],
  magnitude: number,
  options: { product?: string; startMonth?: number; endMonth?: number } = {},
): ShockOccurrence {
  const startMonth = options.startMonth ?? 1;
  return {
    id: `t-${type}`,
    type,
    product: options.product ?? 'all',
    magnitude,
    startMonth,
    endMonth: options.endMonth ?? startMonth,
  };
}
