/**
 * Product-indexed arrays for the hot loop: plans and reports are records keyed by product id (the
 * data players send and records keep), but a rule that visits every product reads them once into
 * an array in the scenario's product order and writes a record back only at the end.
 */
import type { ProductSpec } from './scenario-types';

/** A record keyed by product id, in the scenario's product order, from values in that order. */
export function byProductId<T>(products: readonly ProductSpec[], values: readonly T[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (let i = 0; i < products.length; i++) record[products[i].id] = values[i];
  return record;
}

/** A record's values in the scenario's product order. */
export function inProductOrder<T>(products: readonly ProductSpec[], record: Record<string, T>): T[] {
  const values: T[] = new Array(products.length);
  for (let i = 0; i < products.length; i++) values[i] = record[products[i].id];
  return values;
}

/** Whether something aimed at `target` (a product id or 'all') hits the product. */
export function hitsProduct(target: string, productId: string): boolean {
  return target === 'all' || target === productId;
}
