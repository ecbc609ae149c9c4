/** Validation of what a player types into the plan forms: plain functions, no DOM, unit-tested. */

import { canOrderMaterials, monthsInGame } from '../../engine/game-end';
import type { Scenario } from '../../engine/scenario-types';
import type { Horizon, OpsPlan, Result, SalesPlan } from '../../engine/types';
import { type PlanMonth, saneLimit } from '../../engine/validate-plan';
import { formatCount } from '../../engine/words/formats';
import type { HorizonDraft, OpsDraft, SalesDraft } from '../../store/turn-draft';

/** A problem with one field; `field` is a path like "forecast.kettle[1]" (the engine's path style). */
export interface FieldError {
  field: string;
  message: string;
}

/** Parses one typed quantity: a whole number from 0 to `max`. Accepts spaces and en-US grouping ("1,200"). */
export function parseWholeNumber(text: string, max: number): Result<number, string> {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { ok: false, error: 'Enter a number (0 if none).' };
  const plain = /^[+-]?\d{1,3}(,\d{3})+$/.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
  const value = Number(plain);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain) || !Number.isFinite(value)) {
    return { ok: false, error: 'Not a number: use digits only, like 120.' };
  }
  if (value < 0) return { ok: false, error: 'Cannot be negative.' };
  if (!Number.isInteger(value)) return { ok: false, error: 'Use a whole number (no decimals).' };
  if (value > max) return { ok: false, error: `Too large: at most ${formatCount(max)}.` };
  return { ok: true, value };
}

/** The value a live check should use for a field that may not be valid yet (0 when invalid). */
function lenientNumber(text: string): number {
  const parsed = parseWholeNumber(text, Number.MAX_SAFE_INTEGER);
  return parsed.ok ? parsed.value : 0;
}

/** The most units of a product a plan may name (forecast, production or material): the engine's own limit. */
export function maxUnits(scenario: Scenario, productId: string): number {
  const product = scenario.products.find((p) => p.id === productId);
  return product ? saneLimit(product) : 0;
}

/** Where a form's plan is made; the months after the game's end are not asked for and count as 0. */
export type { PlanMonth } from '../../engine/validate-plan';
/** The forms' typed values: the store keeps them as the turn's draft (src/store/turn-draft.ts). */
export type { HorizonDraft, OpsDraft, SalesDraft } from '../../store/turn-draft';

function parseHorizon(
  draft: HorizonDraft | undefined,
  name: string,
  productId: string,
  max: number,
  errors: FieldError[],
  inGame: number,
): Horizon {
  const values: Horizon = [0, 0, 0];
  for (let k = 0; k < inGame; k++) {
    const parsed = parseWholeNumber(draft?.[k] ?? '', max);
    if (parsed.ok) values[k] = parsed.value;
    else errors.push({ field: `${name}.${productId}[${k}]`, message: parsed.error });
  }
  return values;
}

function parseSingle(text: string | undefined, field: string, max: number, errors: FieldError[]): number {
  const parsed = parseWholeNumber(text ?? '', max);
  if (parsed.ok) return parsed.value;
  errors.push({ field, message: parsed.error });
  return 0;
}

/** Turns a typed Sales form into a plan, or lists every field that is wrong (months after the game's end are 0). */
export function validateSalesDraft(
  draft: SalesDraft,
  scenario: Scenario,
  when: PlanMonth,
): Result<SalesPlan, FieldError[]> {
  const errors: FieldError[] = [];
  const plan: SalesPlan = { forecast: {}, promotion: {}, acceptDeals: [...draft.acceptDeals] };
  const inGame = monthsInGame(when.month, when.rounds);
  for (const product of scenario.products) {
    const max = maxUnits(scenario, product.id);
    plan.forecast[product.id] = parseHorizon(
      draft.forecast[product.id],
      'forecast',
      product.id,
      max,
      errors,
      inGame,
    );
    plan.promotion[product.id] = draft.promotion[product.id] ?? 0;
  }
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: plan };
}

/** Turns a typed Operations form into a plan, or lists every field that is wrong. Months after the game's end,
 * and a material order that could only arrive after it, are not asked for and are 0. */
export function validateOpsDraft(
  draft: OpsDraft,
  scenario: Scenario,
  when: PlanMonth,
): Result<OpsPlan, FieldError[]> {
  const errors: FieldError[] = [];
  const plan: OpsPlan = { production: {}, materialOrder: {}, expedite: {}, overtimeHours: 0 };
  const inGame = monthsInGame(when.month, when.rounds);
  const ordering = canOrderMaterials(scenario, when.month, when.rounds);
  for (const product of scenario.products) {
    const max = maxUnits(scenario, product.id);
    plan.production[product.id] = parseHorizon(
      draft.production[product.id],
      'production',
      product.id,
      max,
      errors,
      inGame,
    );
    const id = product.id;
    plan.materialOrder[id] = ordering
      ? parseSingle(draft.materialOrder[id], `materialOrder.${id}`, max, errors)
      : 0;
    plan.expedite[id] = parseSingle(draft.expedite[id], `expedite.${id}`, max, errors);
  }
  plan.overtimeHours = parseSingle(
    draft.overtimeHours,
    'overtimeHours',
    scenario.plant.overtimeMaxHours,
    errors,
  );
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: plan };
}

/** A Sales plan as the text its form fields start with. */
export function salesDraftOf(plan: SalesPlan, scenario: Scenario): SalesDraft {
  const draft: SalesDraft = { forecast: {}, promotion: {}, acceptDeals: [...plan.acceptDeals] };
  for (const { id } of scenario.products) {
    draft.forecast[id] = horizonText(plan.forecast[id]);
    draft.promotion[id] = plan.promotion[id] ?? 0;
  }
  return draft;
}

/** An Operations plan as the text its form fields start with. */
export function opsDraftOf(plan: OpsPlan, scenario: Scenario): OpsDraft {
  const draft: OpsDraft = {
    production: {},
    materialOrder: {},
    expedite: {},
    overtimeHours: String(plan.overtimeHours),
  };
  for (const { id } of scenario.products) {
    draft.production[id] = horizonText(plan.production[id]);
    draft.materialOrder[id] = String(plan.materialOrder[id] ?? 0);
    draft.expedite[id] = String(plan.expedite[id] ?? 0);
  }
  return draft;
}

function horizonText(horizon: Horizon | undefined): HorizonDraft {
  return [String(horizon?.[0] ?? 0), String(horizon?.[1] ?? 0), String(horizon?.[2] ?? 0)];
}

/** A draft's horizon as numbers for live checks: invalid fields and months after the game's end count as 0. */
function lenientHorizon(horizon: HorizonDraft | undefined, inGame: number): Horizon {
  const values: Horizon = [0, 0, 0];
  for (let k = 0; k < inGame; k++) values[k] = lenientNumber(horizon?.[k] ?? '');
  return values;
}

/** A lenient Operations plan for live checks while typing: invalid fields (and what the game's end rules out) count as 0. */
export function lenientOpsPlan(draft: OpsDraft, scenario: Scenario, when: PlanMonth): OpsPlan {
  const plan: OpsPlan = { production: {}, materialOrder: {}, expedite: {}, overtimeHours: 0 };
  const inGame = monthsInGame(when.month, when.rounds);
  const ordering = canOrderMaterials(scenario, when.month, when.rounds);
  for (const { id } of scenario.products) {
    plan.production[id] = lenientHorizon(draft.production[id], inGame);
    plan.materialOrder[id] = ordering ? lenientNumber(draft.materialOrder[id] ?? '') : 0;
    plan.expedite[id] = lenientNumber(draft.expedite[id] ?? '');
  }
  plan.overtimeHours = Math.min(lenientNumber(draft.overtimeHours), scenario.plant.overtimeMaxHours);
  return plan;
}

/** A lenient Sales plan for live checks while typing: invalid fields (and months after the game's end) count as 0. */
export function lenientSalesPlan(draft: SalesDraft, scenario: Scenario, when: PlanMonth): SalesPlan {
  const plan: SalesPlan = { forecast: {}, promotion: {}, acceptDeals: [...draft.acceptDeals] };
  const inGame = monthsInGame(when.month, when.rounds);
  for (const { id } of scenario.products) {
    plan.forecast[id] = lenientHorizon(draft.forecast[id], inGame);
    plan.promotion[id] = draft.promotion[id] ?? 0;
  }
  return plan;
}
