/**
 * What one role may see: the shared facts (actuals, stock, the scenario), its own private
 * intelligence and whatever the other role shared. Bots and screens read only this.
 */
import { heldSignals, isShared, sharedWith } from './signals';
import type {
  DealOffer,
  GameState,
  MonthReport,
  OpsPlan,
  ProductStock,
  Role,
  SalesPlan,
  Scenario,
  Signal,
} from './types';

/** One role's view of the game this month. */
export interface RoleView {
  role: Role;
  month: number;
  rounds: number;
  scenario: Scenario;
  /** Every month played so far: actuals are public. */
  history: MonthReport[];
  stock: Record<string, ProductStock>;
  /** This role's own cards that still matter. */
  signals: Signal[];
  /** The other role's cards it shared. */
  sharedWithMe: Signal[];
  /** Ids of this role's cards it has shared. */
  sharedByMe: string[];
  /** Key-account deals on the table (Sales only). */
  dealOffers: DealOffer[];
  /** The demand plan once Sales has submitted it. */
  salesPlan: SalesPlan | null;
  /** The supply plan once Operations has submitted it. */
  opsPlan: OpsPlan | null;
  /** This role's bonus so far, in cents. */
  bonusCents: number;
}

/** Builds the view of one role. */
export function roleView(state: GameState, role: Role): RoleView {
  const signals = heldSignals(state, role);
  return {
    role,
    month: state.month,
    rounds: state.settings.rounds,
    scenario: state.scenario,
    history: state.history,
    stock: state.stock,
    signals,
    sharedWithMe: sharedWith(state, role),
    sharedByMe: sharedIds(state, signals, []),
    dealOffers: dealOffersFor(state, role),
    salesPlan: state.plans.sales,
    opsPlan: state.plans.ops,
    bonusCents: bonusSoFar(state.history, role),
  };
}

/**
 * A role's view for the bots, one per role for a whole game and refreshed at every turn: the same
 * fields as `roleView`, except that the lists of shared cards and the bonus are worked out only
 * when read (most bots read none of them), into lists the view keeps. A bot reads it during its
 * call and keeps nothing of it; these views were a tenth of a bot game's garbage and their lists a
 * few percent of its time.
 */
export class BotRoleView implements RoleView {
  month!: number;
  rounds!: number;
  scenario!: Scenario;
  history!: MonthReport[];
  stock!: Record<string, ProductStock>;
  signals!: Signal[];
  /** No deals for Operations: one empty list for the whole game. */
  dealOffers: DealOffer[] = [];
  salesPlan!: SalesPlan | null;
  opsPlan!: OpsPlan | null;
  private state!: GameState;
  private readonly withMe: Signal[] = [];
  private readonly byMe: string[] = [];
  /** Whether `withMe` and `byMe` hold this turn's lists. */
  private withMeRead = false;
  private byMeRead = false;

  constructor(
    readonly role: Role,
    state: GameState,
  ) {
    this.refresh(state);
  }

  /** The view of `state` (the same game a turn later, or any other). */
  refresh(state: GameState): this {
    this.state = state;
    this.month = state.month;
    this.rounds = state.settings.rounds;
    this.scenario = state.scenario;
    this.history = state.history;
    this.stock = state.stock;
    this.signals = heldSignals(state, this.role);
    if (this.role === 'sales') this.dealOffers = dealOffersFor(state, 'sales');
    this.salesPlan = state.plans.sales;
    this.opsPlan = state.plans.ops;
    this.withMeRead = false;
    this.byMeRead = false;
    return this;
  }

  get sharedWithMe(): Signal[] {
    if (!this.withMeRead) sharedWith(this.state, this.role, this.withMe);
    this.withMeRead = true;
    return this.withMe;
  }

  get sharedByMe(): string[] {
    if (!this.byMeRead) sharedIds(this.state, this.signals, this.byMe);
    this.byMeRead = true;
    return this.byMe;
  }

  get bonusCents(): number {
    return bonusSoFar(this.state.history, this.role);
  }
}

/** Key-account deals on the table for a role (Sales only). */
function dealOffersFor(state: GameState, role: Role): DealOffer[] {
  return role === 'sales' ? (state.world.months[state.month - 1]?.dealOffers ?? []) : [];
}

/** The ids of those cards that have been shared, written over `into` (in order); returns `into`. */
function sharedIds(state: GameState, cards: readonly Signal[], into: string[]): string[] {
  let n = 0;
  for (const s of cards) if (isShared(state, s.id)) into[n++] = s.id;
  // Setting a length is a runtime call even when it does not change.
  if (into.length !== n) into.length = n;
  return into;
}

/** A role's bonus over the months played, in cents. */
function bonusSoFar(history: readonly MonthReport[], role: Role): number {
  let cents = 0;
  for (const r of history) cents += role === 'sales' ? r.bonuses.salesCents : r.bonuses.opsCents;
  return cents;
}

/** The ids of the role's own cards it has not shared yet (what a sharing bot shares). */
export function unsharedCards(view: RoleView): string[] {
  const ids: string[] = [];
  const shared = view.sharedByMe;
  for (const s of view.signals) if (!shared.includes(s.id)) ids.push(s.id);
  return ids;
}
