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
 * The same role's view of `state`, written over a view made earlier by `roleView`, its lists
 * refilled in place. For a caller that hands the view to a pure function and keeps nothing of it
 * (the bots, round after round): a bot game then builds two views instead of two per round,
 * which were a tenth of its garbage.
 */
export function refreshRoleView(view: RoleView, state: GameState): RoleView {
  const { role } = view;
  const signals = heldSignals(state, role);
  view.month = state.month;
  view.rounds = state.settings.rounds;
  view.scenario = state.scenario;
  view.history = state.history;
  view.stock = state.stock;
  view.signals = signals;
  sharedWith(state, role, view.sharedWithMe);
  sharedIds(state, signals, view.sharedByMe);
  if (role === 'sales') view.dealOffers = dealOffersFor(state, role);
  view.salesPlan = state.plans.sales;
  view.opsPlan = state.plans.ops;
  view.bonusCents = bonusSoFar(state.history, role);
  return view;
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
  for (const s of view.signals) if (!view.sharedByMe.includes(s.id)) ids.push(s.id);
  return ids;
}
