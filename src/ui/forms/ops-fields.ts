/** The Operations plan's inputs (production ×3, materials, expedite per product; overtime) with live capacity and material checks. */
import type { Scenario } from '../../engine/scenario-types';
import type { OpsPlan, ProductStock, SalesPlan } from '../../engine/types';
import {
  capacityFieldWarning,
  capacitySummary,
  capacityWarning,
  laterCapacitySummary,
  laterCapacityWarnings,
  materialSummary,
  materialWarning,
} from './check-messages';
import { capacityCheck, materialCheck } from './checks';
import { el, idPart, srOnly } from './dom';
import { calendarMonth, formatCount, formatPercent } from './format';
import { createNumberField, type NumberField } from './number-field';
import { projectPlan } from './projection';
import { lenientOpsPlan, maxUnits, type OpsDraft, opsDraftOf } from './validate';

/** How the Operations inputs are built. */
export interface OpsFieldsOptions {
  idPrefix: string;
  scenario: Scenario;
  month: number;
  stock: Record<string, ProductStock>;
  plan: OpsPlan;
  /** The demand plan shown beside production (null before Sales has submitted). */
  demand: SalesPlan | null;
  readOnly?: boolean;
  onChange?(): void;
}

/** The mounted Operations inputs. */
export interface OpsFields {
  element: HTMLElement;
  fields: NumberField[];
  readDraft(): OpsDraft;
  fill(plan: OpsPlan): void;
  destroy(): void;
}

interface ProductParts {
  production: NumberField[];
  materialOrder: NumberField;
  expedite: NumberField;
  materialLine: HTMLElement;
  inventoryCells: HTMLElement[];
}

/** Builds the Operations inputs and keeps their warnings current as the player types. */
export function createOpsFields(options: OpsFieldsOptions): OpsFields {
  const { scenario, month, idPrefix } = options;
  const draft = opsDraftOf(options.plan, scenario);
  const fields: NumberField[] = [];
  const parts: Record<string, ProductParts> = {};
  const onInput = () => {
    refresh();
    options.onChange?.();
  };
  const lead = scenario.supplier.leadTimeMonths;
  const element = el('div', { className: 'sopf-products' });

  for (const product of scenario.products) {
    const pid = `${idPrefix}-${idPart(product.id)}`;
    const max = maxUnits(scenario, product.id);
    const grid = el('div', {
      className: 'sopf-grid',
      attrs: { role: 'group', 'aria-label': `${product.name} plan by month` },
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
      const forecast = options.demand?.forecast[product.id]?.[k];
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
        readOnly: options.readOnly,
        onInput,
      });
      production.push(field);
      grid.append(field.element);
    }
    const inventoryCells: HTMLElement[] = [];
    if (options.demand) {
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
      readOnly: options.readOnly,
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
      readOnly: options.readOnly,
      suffix: 'units',
      onInput,
    });
    const materialLine = el('p', { className: 'sopf-hint' });
    fields.push(...production, materialOrder, expedite);
    parts[product.id] = { production, materialOrder, expedite, materialLine, inventoryCells };
    element.append(
      el('fieldset', { className: 'sopf-product' }, [
        el('legend', { className: 'sopf-legend', text: product.name }),
        grid,
        el('div', { className: 'sopf-pair' }, [materialOrder.element, expedite.element]),
        materialLine,
      ]),
    );
  }

  const overtime = createNumberField({
    id: `${idPrefix}-overtime`,
    path: 'overtimeHours',
    label: `Overtime hours, month ${month} (at most ${formatCount(scenario.plant.overtimeMaxHours)})`,
    value: draft.overtimeHours,
    max: scenario.plant.overtimeMaxHours,
    readOnly: options.readOnly,
    suffix: 'h',
    onInput,
  });
  fields.push(overtime);
  const meterFill = el('span', { className: 'sopf-meter-fill' });
  const meterOvertime = el('span', { className: 'sopf-meter-overtime' });
  const meter = el('div', { className: 'sopf-meter', attrs: { 'aria-hidden': 'true' } }, [
    meterOvertime,
    meterFill,
  ]);
  const capacityLine = el('p', { className: 'sopf-capacity-line' });
  const laterLine = el('p', { className: 'sopf-hint' });
  element.append(
    el('fieldset', { className: 'sopf-product sopf-plant' }, [
      el('legend', { className: 'sopf-legend', text: 'Plant hours this month' }),
      el('div', { className: 'sopf-plant-body' }, [
        overtime.element,
        el('div', { className: 'sopf-capacity' }, [capacityLine, meter, laterLine]),
      ]),
    ]),
  );

  function readDraft(): OpsDraft {
    const result: OpsDraft = {
      production: {},
      materialOrder: {},
      expedite: {},
      overtimeHours: overtime.input.value,
    };
    for (const product of scenario.products) {
      const p = parts[product.id];
      result.production[product.id] = [
        p.production[0].input.value,
        p.production[1].input.value,
        p.production[2].input.value,
      ];
      result.materialOrder[product.id] = p.materialOrder.input.value;
      result.expedite[product.id] = p.expedite.input.value;
    }
    return result;
  }

  function refresh(): void {
    const plan = lenientOpsPlan(readDraft(), scenario);
    const capacity = capacityCheck(plan, scenario);
    const later = laterCapacityWarnings(capacity);
    const thisMonth = capacityWarning(capacity);
    const materials = materialCheck(plan, { month, scenario, stock: options.stock });
    const projection = options.demand
      ? projectPlan({ scenario, stock: options.stock, salesPlan: options.demand, opsPlan: plan })
      : null;
    capacityLine.textContent = capacitySummary(capacity);
    capacityLine.classList.toggle('sopf-warning-text', !capacity.fits);
    laterLine.textContent = laterCapacitySummary(capacity, month) ?? '';
    laterLine.hidden = laterLine.textContent === '';
    const scale = Math.max(capacity.hoursNeeded, capacity.capacityHours + scenario.plant.overtimeMaxHours, 1);
    meterFill.style.width = `${Math.min(100, (capacity.hoursNeeded / scale) * 100)}%`;
    meterFill.classList.toggle('sopf-meter-fill--over', !capacity.fits);
    meterOvertime.style.width = `${(capacity.availableHours / scale) * 100}%`;
    overtime.setWarning(thisMonth);
    for (const check of materials) {
      const product = scenario.products.find((p) => p.id === check.product);
      const p = parts[check.product];
      if (!product || !p) continue;
      p.materialLine.textContent = materialSummary(check, month);
      const warnings = [capacityFieldWarning(capacity), materialWarning(check, product.unitName)].filter(
        Boolean,
      );
      p.production[0].setWarning(warnings.length > 0 ? warnings.join(' ') : null);
      p.production[1].setWarning(later[1]);
      p.production[2].setWarning(later[2]);
      const rows = projection?.products[check.product];
      p.inventoryCells.forEach((cell, k) => {
        const row = rows?.[k];
        if (!row) return;
        cell.textContent =
          row.gap === 'short' ? `${formatCount(row.inventory)} (short)` : formatCount(row.inventory);
        cell.className = `sopf-grid-value sopf-gap--${row.gap}`;
      });
    }
  }

  refresh();
  return {
    element,
    fields,
    readDraft,
    fill(plan) {
      const next = opsDraftOf(plan, scenario);
      for (const product of scenario.products) {
        const p = parts[product.id];
        p.production.forEach((field, k) => {
          field.input.value = next.production[product.id][k];
        });
        p.materialOrder.input.value = next.materialOrder[product.id];
        p.expedite.input.value = next.expedite[product.id];
      }
      overtime.input.value = next.overtimeHours;
      for (const field of fields) field.setError(null);
      onInput();
    },
    destroy() {
      for (const field of fields) field.destroy();
    },
  };
}
