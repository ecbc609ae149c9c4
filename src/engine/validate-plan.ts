/**
 * Checks a plan's numbers before the engine accepts it: whole, non-negative, sane, for known
 * products only. A problem comes back as a typed error naming the field; nothing is clamped.
 */

import { canOrderMaterials, gameEndWords, monthsInGame, orderArrivalMonth } from './game-end';
import { PROMOTION_LEVELS, type ProductSpec, type Scenario } from './scenario-types';
import type { ActionError, DealOffer, OpsPlan, SalesPlan } from './types';
import { formatCount } from './words/formats';

/** Where in the game a plan is made: the month and the game's length (a plan says nothing beyond its end). */
export interface PlanMonth {
  month: number;
  rounds: number;
}

/** The largest quantity a plan may name for a product: far beyond any real need. */
export function saneLimit(product: ProductSpec): number {
  return Math.max(10_000, product.baseDemand * 100);
}

/** Whether a plan quantity is accepted (a whole number from 0 to max): checked before numberError builds the
 * path and label it would name, so a valid plan costs no strings. */
function saneNumber(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function numberError(value: unknown, path: string, label: string, max: number): ActionError | null {
  if (typeof value !== 'number' || Number.isNaN(value))
    return { type: 'invalidNumber', path, message: `${label} must be a number.` };
  if (!Number.isFinite(value))
    return { type: 'invalidNumber', path, message: `${label} must be a finite number.` };
  if (!Number.isInteger(value))
    return { type: 'invalidNumber', path, message: `${label} must be a whole number (got ${value}).` };
  if (value < 0)
    return { type: 'invalidNumber', path, message: `${label} cannot be negative (got ${value}).` };
  if (value > max)
    return {
      type: 'invalidNumber',
      path,
      message: `${label} is beyond any sane plan: at most ${formatCount(max)}.`,
    };
  return null;
}

function keysError(record: unknown, scenario: Scenario, path: string): ActionError | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return { type: 'invalidNumber', path, message: `${path} must list every product.` };
  const products = scenario.products;
  let count = 0;
  for (let i = 0; i < products.length; i++) if (Object.hasOwn(record, products[i].id)) count++;
  let keys = 0;
  for (const _ in record) keys++;
  if (count === products.length && keys === count) return null;
  for (const key of Object.keys(record)) {
    if (!scenario.products.some((p) => p.id === key))
      return {
        type: 'unknownProduct',
        path: `${path}.${key}`,
        message: `There is no product "${key}" in this scenario.`,
      };
  }
  for (const p of scenario.products) {
    if (!Object.hasOwn(record, p.id))
      return {
        type: 'missingProduct',
        path: `${path}.${p.id}`,
        message: `The plan has no figures for ${p.name}.`,
      };
  }
  return null;
}

function horizonError(
  record: Record<string, unknown>,
  scenario: Scenario,
  path: string,
  what: string,
  when: PlanMonth,
): ActionError | null {
  const keys = keysError(record, scenario, path);
  if (keys) return keys;
  const products = scenario.products;
  const inGame = monthsInGame(when.month, when.rounds);
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    const values = record[p.id];
    if (!Array.isArray(values) || values.length !== 3)
      return {
        type: 'invalidNumber',
        path: `${path}.${p.id}`,
        message: `${p.name} ${what} needs three months of figures.`,
      };
    const limit = saneLimit(p);
    for (let k = 0; k < 3; k++) {
      if (saneNumber(values[k], limit)) continue;
      const error = numberError(
        values[k],
        `${path}.${p.id}[${k}]`,
        `${p.name} ${what} for month +${k}`,
        limit,
      );
      if (error) return error;
    }
    for (let k = inGame; k < 3; k++) {
      if (values[k] !== 0)
        return {
          type: 'invalidNumber',
          path: `${path}.${p.id}[${k}]`,
          message: `${gameEndWords(when.rounds)}: ${p.name} ${what} for month ${when.month + k} must be 0 (got ${formatCount(values[k])}).`,
        };
    }
  }
  return null;
}

/** A material order that would arrive after the game ends, or null. */
function lateOrderError(plan: OpsPlan, scenario: Scenario, when: PlanMonth): ActionError | null {
  if (canOrderMaterials(scenario, when.month, when.rounds)) return null;
  const products = scenario.products;
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    if (plan.materialOrder[p.id] !== 0)
      return {
        type: 'invalidNumber',
        path: `plan.materialOrder.${p.id}`,
        message: `${gameEndWords(when.rounds)}: ${p.name} materials ordered now would arrive in month ${orderArrivalMonth(scenario, when.month)}, so the order must be 0 (got ${formatCount(plan.materialOrder[p.id])}).`,
      };
  }
  return null;
}

function perProductError(
  record: Record<string, unknown>,
  scenario: Scenario,
  path: string,
  what: string,
): ActionError | null {
  const keys = keysError(record, scenario, path);
  if (keys) return keys;
  const products = scenario.products;
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    const limit = saneLimit(p);
    if (saneNumber(record[p.id], limit)) continue;
    const error = numberError(record[p.id], `${path}.${p.id}`, `${p.name} ${what}`, limit);
    if (error) return error;
  }
  return null;
}

function offerNamed(offers: readonly DealOffer[], id: unknown): boolean {
  for (let i = 0; i < offers.length; i++) if (offers[i].id === id) return true;
  return false;
}

/** Checks a Sales plan against the scenario, this month's deal offers and the game's end. */
export function salesPlanError(
  plan: SalesPlan,
  scenario: Scenario,
  offers: DealOffer[],
  when: PlanMonth,
): ActionError | null {
  if (typeof plan !== 'object' || plan === null)
    return { type: 'invalidNumber', path: 'plan', message: 'The Sales plan is missing.' };
  const horizon = horizonError(
    plan.forecast as Record<string, unknown>,
    scenario,
    'plan.forecast',
    'forecast',
    when,
  );
  if (horizon) return horizon;
  const keys = keysError(plan.promotion, scenario, 'plan.promotion');
  if (keys) return keys;
  const products = scenario.products;
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    if (!PROMOTION_LEVELS.includes(plan.promotion[p.id]))
      return {
        type: 'invalidNumber',
        path: `plan.promotion.${p.id}`,
        message: `${p.name} promotion must be none, 10 % or 20 % off.`,
      };
  }
  if (!Array.isArray(plan.acceptDeals))
    return { type: 'unknownDeal', path: 'plan.acceptDeals', message: 'Accepted deals must be a list.' };
  for (let i = 0; i < plan.acceptDeals.length; i++) {
    const id = plan.acceptDeals[i];
    if (!offerNamed(offers, id))
      return {
        type: 'unknownDeal',
        path: `plan.acceptDeals[${i}]`,
        message: `No deal "${String(id)}" is on the table this month.`,
      };
  }
  return null;
}

/** Checks an Operations plan against the scenario and the game's end. */
export function opsPlanError(plan: OpsPlan, scenario: Scenario, when: PlanMonth): ActionError | null {
  if (typeof plan !== 'object' || plan === null)
    return { type: 'invalidNumber', path: 'plan', message: 'The Operations plan is missing.' };
  return (
    horizonError(
      plan.production as Record<string, unknown>,
      scenario,
      'plan.production',
      'production',
      when,
    ) ??
    perProductError(plan.materialOrder, scenario, 'plan.materialOrder', 'material order') ??
    lateOrderError(plan, scenario, when) ??
    perProductError(plan.expedite, scenario, 'plan.expedite', 'expedited order') ??
    numberError(plan.overtimeHours, 'plan.overtimeHours', 'Overtime', scenario.plant.overtimeMaxHours)
  );
}
