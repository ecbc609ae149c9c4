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

const plainLists = new WeakMap<readonly ProductSpec[], readonly ProductSpec[]>();
/** The list asked for last and its plain copy: a game asks for the same one thousands of times. */
let lastAsked: { frozen: readonly ProductSpec[]; plain: readonly ProductSpec[] } | null = null;

/**
 * The scenario's products as a plain array (the same product objects, in the same order). Built-in
 * scenarios are deeply frozen so that none can drift from its hash, and V8 walks a frozen array
 * several times slower than a plain one; the hot loop walks this copy instead.
 */
export function productsOf(scenario: { readonly products: readonly ProductSpec[] }): readonly ProductSpec[] {
  const products = scenario.products;
  if (lastAsked?.frozen === products) return lastAsked.plain;
  if (!Object.isFrozen(products)) return products;
  let plain = plainLists.get(products);
  if (!plain) {
    plain = products.slice();
    plainLists.set(products, plain);
  }
  lastAsked = { frozen: products, plain };
  return plain;
}
