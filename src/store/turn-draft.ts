/** The turn being typed: a role's plan as text (numbers not yet valid stay as typed), kept per month and
 * role until submitted, so a reload (or a dropped live connection) never loses what the player typed. */
import * as v from 'valibot';
import type { PromotionLevel } from '../engine/types';

/** Three typed numbers: this month and the next two. */
export type HorizonDraft = [string, string, string];

/** The Sales form as typed: numbers still text. */
export interface SalesDraft {
  forecast: Record<string, HorizonDraft>;
  promotion: Record<string, PromotionLevel>;
  acceptDeals: string[];
}

/** The Operations form as typed: numbers still text. */
export interface OpsDraft {
  production: Record<string, HorizonDraft>;
  materialOrder: Record<string, string>;
  expedite: Record<string, string>;
  overtimeHours: string;
}

/** A role's typed plan, for the store to keep (it adds the month). */
export type TurnDraftInput = { role: 'sales'; values: SalesDraft } | { role: 'ops'; values: OpsDraft };

/** A role's typed plan in one month, as saved. */
export type TurnDraft = TurnDraftInput & { month: number };

const TYPED_TEXT = 40;
const MAX_PRODUCTS = 16;
const typed = v.pipe(v.string(), v.maxLength(TYPED_TEXT));
const productMap = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(64)), value),
    v.check((map) => Object.keys(map).length <= MAX_PRODUCTS, `must name at most ${MAX_PRODUCTS} products`),
  );
const horizon = v.tuple([typed, typed, typed]);

const SalesDraftSchema = v.strictObject({
  forecast: productMap(horizon),
  promotion: productMap(v.picklist([0, 10, 20])),
  acceptDeals: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50)),
});

const OpsDraftSchema = v.strictObject({
  production: productMap(horizon),
  materialOrder: productMap(typed),
  expedite: productMap(typed),
  overtimeHours: typed,
});

const month = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24));

/** A saved turn draft's shape (for checking a save). */
export const TurnDraftSchema = v.variant('role', [
  v.strictObject({ role: v.literal('sales'), month, values: SalesDraftSchema }),
  v.strictObject({ role: v.literal('ops'), month, values: OpsDraftSchema }),
]);

/** What the draft selectors read from the store. */
interface DraftHolder {
  turnDraft: TurnDraft | null;
  game: { month: number; scenario: { products: { id: string }[] } } | null;
}

/** Selector: the Sales form's typed values kept for the month on screen, or null (prefill from the plan). */
export function selectSalesDraft(state: DraftHolder): SalesDraft | null {
  const { turnDraft, game } = state;
  if (!game || turnDraft?.role !== 'sales' || turnDraft.month !== game.month) return null;
  const { forecast, promotion } = turnDraft.values;
  const covered = game.scenario.products.every(({ id }) => forecast[id] && promotion[id] !== undefined);
  return covered ? turnDraft.values : null;
}

/** Selector: the Operations form's typed values kept for the month on screen, or null (prefill from the plan). */
export function selectOpsDraft(state: DraftHolder): OpsDraft | null {
  const { turnDraft, game } = state;
  if (!game || turnDraft?.role !== 'ops' || turnDraft.month !== game.month) return null;
  const { production, materialOrder, expedite } = turnDraft.values;
  const covered = game.scenario.products.every(
    ({ id }) => production[id] && materialOrder[id] !== undefined && expedite[id] !== undefined,
  );
  return covered ? turnDraft.values : null;
}
