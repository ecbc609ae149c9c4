/** What one role may see, as the forms need it. Mirrors the engine's RoleView (src/engine/views.ts), which has at least these fields. */
import type {
  DealOffer,
  MonthReport,
  ProductStock,
  Role,
  SalesPlan,
  Scenario,
  Signal,
} from '../../engine/types';

/** One role's view of the game: its own intelligence, the shared cards, the history and its bonus. */
export interface RoleView {
  role: Role;
  month: number;
  rounds: number;
  scenario: Scenario;
  history: MonthReport[];
  stock: Record<string, ProductStock>;
  signals: Signal[];
  sharedWithMe: Signal[];
  sharedByMe: string[];
  dealOffers: DealOffer[];
  salesPlan: SalesPlan | null;
  bonusCents: number;
}
