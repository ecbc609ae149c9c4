/** The scenario editor's fields as data: which number or text of a scenario each one edits, its label, and
 * the path validateScenario names in its problems, so each problem is shown next to its own field. No DOM. */
import type { ShockType } from '../../engine/scenario-types';
import type { Scenario } from '../../engine/types';
import { SHOCK_TITLES } from '../../engine/words/shocks';

/** Keys from the scenario's root to one value. */
export type FieldPath = readonly (string | number)[];

/** One editable value. */
export interface EditorField {
  path: FieldPath;
  label: string;
  kind: 'text' | 'textarea' | 'number';
  hint?: string;
}

/** A titled group of fields (a fieldset). */
export interface EditorGroup {
  title: string;
  fields: EditorField[];
  /** Sub-groups, e.g. a product's twelve seasonality factors. */
  groups?: EditorGroup[];
}

/** A path written as validateScenario writes it: products[1].priceCents, products[0].promotionLift["10"]. */
export function pathText(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? 'scenario' : out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const num = (path: FieldPath, label: string, hint?: string): EditorField => ({
  path,
  label,
  kind: 'number',
  hint,
});

/** Every group of fields the editor shows for a scenario (its products and shocks as they are). */
export function editorGroups(scenario: Scenario): EditorGroup[] {
  const general: EditorGroup = {
    title: 'Scenario',
    fields: [
      { path: ['name'], label: 'Name', kind: 'text' },
      { path: ['id'], label: 'Id', kind: 'text', hint: 'a-z, 0-9 and -; give your own scenario its own id.' },
      { path: ['goal'], label: 'Teaching goal (one line)', kind: 'textarea' },
      { path: ['description'], label: 'Briefing', kind: 'textarea' },
      num(['suggestedRounds'], 'Suggested rounds (6–24)'),
      num(['startMonth'], 'Calendar month of round 1 (1–12)'),
    ],
  };
  const products = scenario.products.map((product, i): EditorGroup => {
    const p = (key: string, label: string, hint?: string) => num(['products', i, key], label, hint);
    return {
      title: `Product ${i + 1}: ${product.name}`,
      fields: [
        { path: ['products', i, 'name'], label: 'Name', kind: 'text' },
        p('priceCents', 'Price (cents)'),
        p('materialCostCents', 'Material cost (cents per unit)'),
        p('conversionCostCents', 'Conversion cost (cents per unit)'),
        p('hoursPerUnit', 'Plant hours per unit'),
        p('holdingCostCents', 'Holding cost (cents per unit-month)'),
        p('backorderPenaltyCents', 'Backorder penalty (cents per unit-month)'),
        p('lostSaleShare', 'Backlog lost each month (0–1)'),
        p('baseDemand', 'Base demand (units per month)'),
        p('trendPerMonth', 'Trend per month (e.g. 0.01 = +1 %)'),
        p('noise', 'Demand noise (0–0.5)'),
        num(['products', i, 'promotionLift', '10'], 'Lift of a 10 % promotion (0.3 = +30 %)'),
        num(['products', i, 'promotionLift', '20'], 'Lift of a 20 % promotion'),
        p('promotionDip', 'Post-promotion dip (0–1)'),
        p('yield', 'Yield (0–1)'),
        p('initialInventory', 'Opening inventory (units)'),
        p('initialMaterials', 'Opening materials (units)'),
      ],
      groups: [
        {
          title: `${product.name}: seasonality (demand multiplier per calendar month)`,
          fields: MONTHS.map((month, m) => num(['products', i, 'seasonality', m], month)),
        },
      ],
    };
  });
  const plant: EditorGroup = {
    title: 'Plant and supplier',
    fields: [
      num(['plant', 'capacityHours'], 'Capacity (hours per month)'),
      num(['plant', 'overtimeMaxHours'], 'Overtime limit (hours per month)'),
      num(['plant', 'overtimeCostCentsPerHour'], 'Overtime cost (cents per hour)'),
      num(
        ['supplier', 'leadTimeMonths'],
        'Supplier lead time (months, 0–3; an order arrives a month later at the earliest)',
      ),
      num(['supplier', 'expeditePremium'], 'Expedite premium (share of material cost, 0–1)'),
    ],
  };
  const scoring: EditorGroup = {
    title: 'Scoring',
    fields: [
      num(['scoring', 'weights', 'alignment'], 'Weight of alignment (relative, default 1)'),
      num(['scoring', 'weights', 'balance'], 'Weight of balance (relative, default 1)'),
      num(['scoring', 'weights', 'execution'], 'Weight of execution (relative, default 1)'),
      num(['scoring', 'allowedCoverMonths'], 'Allowed planned cover (months)'),
      num(['scoring', 'maxCoverMonths'], 'Healthy end-of-month cover (months)'),
    ],
  };
  const shocks = scenario.shocks.map(
    (shock, i): EditorGroup => ({
      title: `Shock ${i + 1}: ${shockName(shock.type)} (${shock.product})`,
      fields: [
        num(['shocks', i, 'probability'], 'Chance per month (0–1)'),
        num(['shocks', i, 'magnitude', 0], 'Size, smallest (0–3)'),
        num(['shocks', i, 'magnitude', 1], 'Size, largest (0–3)'),
        num(['shocks', i, 'duration', 0], 'Months, fewest'),
        num(['shocks', i, 'duration', 1], 'Months, most'),
        num(['shocks', i, 'firstMonth'], 'Not before month'),
      ],
    }),
  );
  return [general, ...products, plant, scoring, ...shocks];
}

/** A shock type in words ("Machine breakdown"); a type this version does not know, split at its capitals. */
export function shockName(type: string): string {
  return SHOCK_TITLES[type as ShockType] ?? type.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** Every field of the groups, depth first. */
export function allFields(groups: readonly EditorGroup[]): EditorField[] {
  return groups.flatMap((g) => [...g.fields, ...allFields(g.groups ?? [])]);
}

/** The value at a path (undefined when the path does not exist). */
export function getAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets the value at a path in place (the containers must exist). */
export function setAt(root: unknown, path: FieldPath, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null)
    (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
}

/** Sorts validateScenario's problems ("path: message") to the fields they concern: the field with that path,
 * else the first field under it (a pair or a list), else the nearest field above it; the rest are general. */
export function problemsByField(
  problems: readonly string[],
  fields: readonly EditorField[],
): { byField: Map<string, string[]>; general: string[] } {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  const texts = fields.map((f) => pathText(f.path));
  for (const problem of problems) {
    const split = problem.indexOf(': ');
    const path = split > 0 ? problem.slice(0, split) : '';
    const message = split > 0 ? problem.slice(split + 2) : problem;
    let target =
      texts.find((t) => t === path) ??
      texts.find((t) => t.startsWith(`${path}[`) || t.startsWith(`${path}.`));
    for (let up = path; target === undefined; ) {
      const parent = up.replace(/(\.[^.[\]]+|\[[^\]]+\])$/, '');
      if (parent === up || parent === '') break;
      up = parent;
      target = texts.find((t) => t === up);
    }
    if (target === undefined) general.push(problem);
    else byField.set(target, [...(byField.get(target) ?? []), message]);
  }
  return { byField, general };
}
