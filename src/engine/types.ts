/** The game's state, decisions, events and errors: plain JSON data, shared by every layer. */
import type { PlayConditions } from './play-conditions';
import type { PromotionLevel, Scenario, ScoreWeights, ShockType } from './scenario-types';

export type Role = 'sales' | 'ops';

/** The steps of one round, in order. 'finished' follows the last report. */
export const PHASES = ['briefing', 'sales', 'ops', 'consensus', 'execution', 'report', 'finished'] as const;
export type Phase = (typeof PHASES)[number];

/** Three numbers: this month and the next two. */
export type Horizon = [number, number, number];

/** What Sales decides each month. Keys are product ids. */
export interface SalesPlan {
  forecast: Record<string, Horizon>;
  promotion: Record<string, PromotionLevel>;
  /** Ids of the key-account deals on the table that Sales accepts. */
  acceptDeals: string[];
}

/** What Operations decides each month. Keys are product ids. */
export interface OpsPlan {
  production: Record<string, Horizon>;
  /** Material units ordered now, arriving after the supplier lead time. */
  materialOrder: Record<string, number>;
  /** Material units bought now at a premium, arriving this month. */
  expedite: Record<string, number>;
  overtimeHours: number;
}

/** Settings a game is created with (the session sets them for a class). */
export interface GameSettings {
  rounds: number;
  /** Roles rotate every N rounds (1 = every round). */
  rotateEvery: number;
  /** Overrides the scenario's weights (a session may). */
  weights?: ScoreWeights;
}

/** Every move a player (or bot) can make. */
export type Action =
  | { type: 'startRound' }
  | { type: 'submitSalesPlan'; plan: SalesPlan }
  | { type: 'submitOpsPlan'; plan: OpsPlan }
  | { type: 'shareSignal'; role: Role; signalId: string }
  | { type: 'reviseSalesPlan'; plan: SalesPlan }
  | { type: 'reviseOpsPlan'; plan: OpsPlan }
  | { type: 'signOff'; role: Role }
  | { type: 'execute' }
  | { type: 'nextRound' };

export type ActionType = Action['type'];

/** Why an action was refused; the state is unchanged. */
export interface ActionError {
  type:
    | 'wrongPhase'
    | 'invalidNumber'
    | 'unknownProduct'
    | 'missingProduct'
    | 'unknownSignal'
    | 'unknownDeal'
    | 'alreadyDone';
  /** A sentence a person can act on. */
  message: string;
  /** Where in the action the problem is, e.g. "plan.forecast.bike[1]". */
  path?: string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A shock as it happens in the world (decided by the seed alone). */
export interface ShockOccurrence {
  id: string;
  type: ShockType;
  /** Product id it hits, or 'all'. */
  product: string;
  magnitude: number;
  startMonth: number;
  /** Last month it is active (inclusive). */
  endMonth: number;
}

/** A piece of private intelligence: an announcement to one role, true or false. */
export interface Signal {
  id: string;
  role: Role;
  shockType: ShockType;
  product: string;
  /** Month the holder first sees it. */
  visibleFrom: number;
  /** Month the shock is announced for. */
  aboutMonth: number;
  /** Announced size, rounded (true shocks: the real size; false alarms: a plausible one). */
  magnitude: number;
  /** The shock it announces, or null for a false alarm. */
  shockId: string | null;
}

/** A key-account deal on the table for one month. */
export interface DealOffer {
  id: string;
  product: string;
  month: number;
  units: number;
  /** Discount off list price, 0–1. */
  discount: number;
  customer: string;
}

/** One month of the world, the same for every team on the same scenario and seed. */
export interface WorldMonth {
  month: number;
  /** Demand noise multiplier per product. */
  noise: Record<string, number>;
  /** Shocks active this month. */
  shocks: ShockOccurrence[];
  /** Signals that become visible at the start of this month. */
  signals: Signal[];
  dealOffers: DealOffer[];
}

export interface World {
  months: WorldMonth[];
}

/** Per-product stock at the start of a month. */
export interface ProductStock {
  inventory: number;
  backlog: number;
  materials: number;
  /** Material orders on their way. */
  pipeline: { arrivalMonth: number; units: number }[];
}

/** The plans of the current round, as they stand. */
export interface RoundPlans {
  sales: SalesPlan | null;
  ops: OpsPlan | null;
  /** Each role's flags: one of four shared, frozen pairs (a change makes another pair, never edits one). */
  revised: Readonly<{ sales: boolean; ops: boolean }>;
  signedOff: Readonly<{ sales: boolean; ops: boolean }>;
}

/** A signal shared by its holder, and when. */
export interface SharedSignal {
  signalId: string;
  role: Role;
  month: number;
  phase: Phase;
}

/** Everything that happened to one product in a month. */
export interface ProductMonth {
  demand: number;
  /** Of which key-account deal units. */
  dealUnits: number;
  forecast: number;
  plannedProduction: number;
  started: number;
  produced: number;
  shipped: number;
  backlogIn: number;
  backlogOut: number;
  lostSales: number;
  inventoryIn: number;
  inventoryOut: number;
  materialsIn: number;
  materialsArrived: number;
  materialsUsed: number;
  materialsOut: number;
  fillRate: number;
  promotion: PromotionLevel;
  /** What limited production, if anything. */
  limitedBy: 'none' | 'capacity' | 'materials';
  plan: { forecast: Horizon; production: Horizon };
  revenueCents: number;
}

/** Money for one month, all in cents. */
export interface MonthFinance {
  revenueCents: number;
  materialCents: number;
  conversionCents: number;
  overtimeCents: number;
  expediteCents: number;
  holdingCents: number;
  backorderCents: number;
  lostMarginCents: number;
  /** Discount given on promoted units (list price − promoted price): already out of revenue, not subtracted again. */
  promotionCents: number;
  profitCents: number;
}

/** Events of a month, past tense. */
export type GameEvent =
  | { type: 'shockStarted'; shockId: string; shockType: ShockType; product: string; magnitude: number }
  | { type: 'shockEnded'; shockId: string; shockType: ShockType; product: string }
  | { type: 'materialsArrived'; product: string; units: number }
  | { type: 'deliveryDelayed'; product: string; units: number }
  | { type: 'deliveryCut'; product: string; units: number }
  | { type: 'productionLimited'; product: string; by: 'capacity' | 'materials'; units: number }
  | { type: 'ordersShipped'; product: string; units: number }
  | { type: 'salesLost'; product: string; units: number }
  | {
      type: 'dealDelivered';
      dealId: string;
      product: string;
      /** Units shipped to the deal this month. */
      units: number;
      /** Units the deal ordered, and its customer and discount (0–1), so reports can tell its terms. */
      ordered: number;
      customer: string;
      discount: number;
    }
  | { type: 'signalShared'; signalId: string; role: Role };

/** The three scores of a month and their parts, each 0–1. */
export interface MonthScores {
  alignment: number;
  balance: number;
  execution: number;
  /** Weighted sum, 0–1. */
  total: number;
  fillRate: number;
  inventoryHealth: number;
  forecastAccuracy: number;
  planAttainment: number;
  /** Planned shortage and excess over the horizon (weighted units) and the weighted forecast. */
  plannedShortage: number;
  plannedExcess: number;
  weightedForecast: number;
}

/** One resolved month: the actuals, the score and the money. */
export interface MonthReport {
  month: number;
  products: Record<string, ProductMonth>;
  scores: MonthScores;
  finance: MonthFinance;
  capacityHours: number;
  hoursUsed: number;
  overtimeHours: number;
  utilisation: number;
  shocks: ShockOccurrence[];
  events: GameEvent[];
  bonuses: { salesCents: number; opsCents: number };
  sharedSignals: string[];
  /** Signals that the holder saw before or during this month and never shared. */
  unsharedSignals: string[];
  acceptedDeals: string[];
  salesPlan: SalesPlan;
  opsPlan: OpsPlan;
}

/** The whole game. Plain JSON; derived from the record by replay. */
export interface GameState {
  engineVersion: string;
  scenario: Scenario;
  seed: string;
  settings: GameSettings;
  world: World;
  /** Current month, 1-based. */
  month: number;
  phase: Phase;
  stock: Record<string, ProductStock>;
  plans: RoundPlans;
  sharedSignals: SharedSignal[];
  history: MonthReport[];
  /** Promotion run last month per product (for the dip). */
  lastPromotion: Record<string, PromotionLevel>;
  /** Count of actions applied (a record's length). */
  actionCount: number;
}

/** A team's identity carried by records and results. */
export interface TeamInfo {
  name: string;
  players: string[];
}

/** A game as it is saved and shared: its inputs and every decision. */
export interface GameRecord {
  format: 1;
  engineVersion: string;
  scenarioId: string;
  scenarioHash: string;
  /** The scenario itself when it is not built in (or always, for portability). */
  scenario?: Scenario;
  seed: string;
  settings: GameSettings;
  actions: Action[];
  team?: TeamInfo;
  session?: { name: string; code: string };
  /** How the game was played (mode, solo colleague, Suggest, timer); absent in older records. */
  play?: PlayConditions;
  /** What the record claims it scored; a verifier compares it with the replay. */
  claimed?: ClaimedResult;
}

export interface ClaimedResult {
  total: number;
  alignment: number;
  balance: number;
  execution: number;
  profitCents: number;
  months: number;
}

export type { PromotionLevel, Scenario, ScoreWeights, ShockType };
