/** One product's block in the Operations form: demand plan beside production ×3, projected stock, material order and expedite. */
import type { ProductSpec, Scenario } from '../../engine/scenario-types';
import type { SalesPlan } from '../../engine/types';
import { el, idPart, srOnly } from './dom';
import { calendarMonth, formatCount, formatPercent } from './format';
import { createNumberField, type NumberField } from './number-field';
import { maxUnits, type OpsDraft } from './validate';

/** What a product block is built from. */
export interface OpsProductContext {
  idPrefix: string;
  scenario: Scenario;
  month: number;
  draft: OpsDraft;
  demand: SalesPlan | null;
  readOnly?: boolean;
  /** Marks the production grid and the material order for the guided tour (data-coach). */
  coachMarks?: boolean;
  onInput(): void;
}

/** A mounted product block: its fields and the cells the live checks write into. */
export interface OpsProductBlock {
  element: HTMLElement;
  production: NumberField[];
  materialOrder: NumberField;
  expedite: NumberField;
  materialLine: HTMLElement;
  /** Projected end-of-month stock per horizon month (empty before Sales has submitted). */
  inventoryCells: HTMLElement[];
}

/** Builds the block; the Operations fields refresh its warnings and projected stock. */
export function createOpsProductBlock(product: ProductSpec, ctx: OpsProductContext): OpsProductBlock {
  const { idPrefix, scenario, month, draft, onInput } = ctx;
  const pid = `${idPrefix}-${idPart(product.id)}`;
  const lead = scenario.supplier.leadTimeMonths;
  const max = maxUnits(scenario, product.id);
  const grid = el('div', {
    className: 'sopf-grid',
    attrs: {
      role: 'group',
      'aria-label': `${product.name} plan by month`,
      ...(ctx.coachMarks ? { 'data-coach': 'ops-production' } : {}),
    },
  });
  grid.append(el('span', { className: 'sopf-grid-corner', attrs: { 'aria-hidden': 'true' } }));
  for (let k = 0; k < 3; k++) {
    grid.append(
      el('span', {
        className: 'sopf-grid-head',
        text: `Month ${month + k} (${calendarMonth(month + k, scenario.startMonth)})`,
        attrs: { 'aria-hidden': 'true' },
      }),
    );
  }
  grid.append(el('span', { className: 'sopf-grid-rowhead', text: 'Demand plan (Sales)' }));
  for (let k = 0; k < 3; k++) {
    const forecast = ctx.demand?.forecast[product.id]?.[k];
    grid.append(
      el('span', { className: 'sopf-grid-value' }, [
        srOnly(`${product.name} demand plan, month ${month + k}: `),
        document.createTextNode(forecast === undefined ? 'not yet' : formatCount(forecast)),
      ]),
    );
  }
  grid.append(
    el('span', {
      className: 'sopf-grid-rowhead',
      text: `Production (${product.unitName})`,
      attrs: { 'aria-hidden': 'true' },
    }),
  );
  const production: NumberField[] = [];
  for (let k = 0; k < 3; k++) {
    const field = createNumberField({
      id: `${pid}-production-${k}`,
      path: `production.${product.id}[${k}]`,
      label: `${product.name} production, month ${month + k}`,
      labelHidden: true,
      value: draft.production[product.id][k],
      max,
      readOnly: ctx.readOnly,
      onInput,
    });
    production.push(field);
    grid.append(field.element);
  }
  const inventoryCells: HTMLElement[] = [];
  if (ctx.demand) {
    grid.append(el('span', { className: 'sopf-grid-rowhead', text: 'Projected stock, end of month' }));
    for (let k = 0; k < 3; k++) {
      const cell = el('span', { className: 'sopf-grid-value', attrs: { 'aria-live': 'off' } });
      inventoryCells.push(cell);
      grid.append(cell);
    }
  }
  const materialOrder = createNumberField({
    id: `${pid}-material`,
    path: `materialOrder.${product.id}`,
    hiddenLabel: `${product.name} `,
    label:
      lead === 0 ? 'Material order (arrives this month)' : `Material order (arrives month ${month + lead})`,
    value: draft.materialOrder[product.id],
    max,
    readOnly: ctx.readOnly,
    suffix: 'units',
    onInput,
  });
  const expedite = createNumberField({
    id: `${pid}-expedite`,
    path: `expedite.${product.id}`,
    hiddenLabel: `${product.name} `,
    label: `Expedite (this month, +${formatPercent(scenario.supplier.expeditePremium)} cost)`,
    value: draft.expedite[product.id],
    max,
    readOnly: ctx.readOnly,
    suffix: 'units',
    onInput,
  });
  const materialLine = el('p', { className: 'sopf-hint' });
  if (ctx.coachMarks) materialOrder.element.dataset.coach = 'ops-materials';
  const element = el('fieldset', { className: 'sopf-product' }, [
    el('legend', { className: 'sopf-legend', text: product.name }),
    grid,
    el('div', { className: 'sopf-pair' }, [materialOrder.element, expedite.element]),
    materialLine,
  ]);
  return { element, production, materialOrder, expedite, materialLine, inventoryCells };
}
