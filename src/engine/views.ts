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
    sharedByMe: sharedIds(state, signals),
    dealOffers: role === 'sales' ? (state.world.months[state.month - 1]?.dealOffers ?? []) : [],
    salesPlan: state.plans.sales,
    opsPlan: state.plans.ops,
    bonusCents: bonusSoFar(state.history, role),
  };
}

/** The ids of those cards that have been shared. */
function sharedIds(state: GameState, cards: readonly Signal[]): string[] {
  const ids: string[] = [];
  for (const s of cards) if (isShared(state, s.id)) ids.push(s.id);
  return ids;
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
