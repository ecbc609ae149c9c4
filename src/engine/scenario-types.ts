/** The data a scenario file holds: every number of the model, nothing hard-coded in the engine. */

/** Demand-side shock types: they reach Sales as market signals. */
export const DEMAND_SHOCKS = [
  'viralSpike',
  'competitorPromotion',
  'recession',
  'keyAccountDeal',
  'newChannel',
  'panicBuying',
] as const;

/** Supply-side shock types: they reach Operations as supply signals. */
export const SUPPLY_SHOCKS = [
  'supplierDelay',
  'materialShortage',
  'machineBreakdown',
  'qualityProblem',
  'labourStrike',
  'logisticsDisruption',
  'materialCostSpike',
] as const;

export const SHOCK_TYPES = [...DEMAND_SHOCKS, ...SUPPLY_SHOCKS] as const;
export type DemandShockType = (typeof DEMAND_SHOCKS)[number];
export type SupplyShockType = (typeof SUPPLY_SHOCKS)[number];
export type ShockType = (typeof SHOCK_TYPES)[number];

/** The three promotion depths Sales may choose, in percent off the list price. */
export const PROMOTION_LEVELS = [0, 10, 20] as const;
export type PromotionLevel = (typeof PROMOTION_LEVELS)[number];

/** One product: its economics and its demand pattern. */
export interface ProductSpec {
  id: string;
  name: string;
  /** Plural unit noun for plain-words reports ("e-bikes"). */
  unitName: string;
  priceCents: number;
  materialCostCents: number;
  conversionCostCents: number;
  /** Plant hours one unit takes (may be fractional, e.g. 0.5). */
  hoursPerUnit: number;
  holdingCostCents: number;
  backorderPenaltyCents: number;
  /** Share of the backlog lost each month (impatient customers), 0–1. */
  lostSaleShare: number;
  baseDemand: number;
  /** Linear growth per month: demand × (1 + trend × (month − 1)). */
  trendPerMonth: number;
  /** Twelve multipliers, January first. */
  seasonality: number[];
  /** Relative standard deviation of the demand noise, 0–0.5. */
  noise: number;
  /** Demand lift of a 10 % and a 20 % promotion (0.3 = +30 %). */
  promotionLift: { '10': number; '20': number };
  /** Share of the lift pulled forward from the next month (the post-promotion dip), 0–1. */
  promotionDip: number;
  /** Good units out of units started, 0–1. */
  yield: number;
  initialInventory: number;
  initialMaterials: number;
}

/** How a shock type behaves in this scenario. */
export interface ShockSpec {
  type: ShockType;
  /** Chance per month that the shock starts, 0–1. */
  probability: number;
  /** Size of the effect (share, 0–1; for deals, share of base demand). */
  magnitude: [number, number];
  /** Months it lasts. */
  duration: [number, number];
  /** Product it hits, or 'any' (one drawn at random), or 'all'. */
  product: string;
  /** No start before this month (a calm beginning). */
  firstMonth: number;
  /** Forced occurrences: the shock starts in these months whatever the dice say. */
  scheduled?: number[];
  signal: {
    /** Months of warning (1 or 2). */
    leadMonths: number;
    /** Chance that a real shock is announced, 0–1. */
    reliability: number;
    /** Chance per month of an announcement for a shock that never comes, 0–1. */
    falseAlarmRate: number;
  };
}

/** Score weights; they are normalised to sum to 1. */
export interface ScoreWeights {
  alignment: number;
  balance: number;
  execution: number;
}

export interface Scenario {
  id: string;
  name: string;
  /** One-line teaching goal. */
  goal: string;
  /** Longer briefing shown at the start. */
  description: string;
  suggestedRounds: number;
  /** Calendar month (1–12) of round 1, for seasonality. */
  startMonth: number;
  products: ProductSpec[];
  plant: {
    capacityHours: number;
    overtimeMaxHours: number;
    overtimeCostCentsPerHour: number;
  };
  supplier: {
    leadTimeMonths: number;
    /** Expedited orders arrive this month at this extra share of the material cost. */
    expeditePremium: number;
  };
  scoring: {
    weights: ScoreWeights;
    /** Allowed planned cover in months of next month's forecast (alignment). */
    allowedCoverMonths: number;
    /** Maximum healthy end-of-month cover in months of demand (balance). */
    maxCoverMonths: number;
  };
  bonuses: {
    /** Sales earns this share of revenue. */
    salesRevenueShare: number;
    /** Operations earns this share of the saving against standard cost. */
    opsSavingShare: number;
  };
  shocks: ShockSpec[];
}
