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
import { el } from './dom';
import { formatCount } from './format';
import { createNumberField, type NumberField } from './number-field';
import { createOpsProductBlock, type OpsProductBlock } from './ops-product-block';
import { projectPlan } from './projection';
import { lenientOpsPlan, type OpsDraft, opsDraftOf } from './validate';

/** How the Operations inputs are built. */
export interface OpsFieldsOptions {
  idPrefix: string;
  scenario: Scenario;
  month: number;
  stock: Record<string, ProductStock>;
  plan: OpsPlan;
  /** Typed values to show instead of the plan's (a turn draft kept across a reload). */
  draft?: OpsDraft | null;
  /** The demand plan shown beside production (null before Sales has submitted). */
  demand: SalesPlan | null;
  readOnly?: boolean;
  /** Marks the first product's fields and the plant hours for the guided tour (data-coach); the Operations turn only. */
  coachMarks?: boolean;
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

/** Builds the Operations inputs and keeps their warnings current as the player types. */
export function createOpsFields(options: OpsFieldsOptions): OpsFields {
  const { scenario, month, idPrefix } = options;
  const draft = options.draft ?? opsDraftOf(options.plan, scenario);
  const fields: NumberField[] = [];
  const parts: Record<string, OpsProductBlock> = {};
  const onInput = () => {
    refresh();
    options.onChange?.();
  };
  const element = el('div', { className: 'sopf-products' });

  scenario.products.forEach((product, index) => {
    const block = createOpsProductBlock(product, {
      coachMarks: options.coachMarks && index === 0,
      idPrefix,
      scenario,
      month,
      draft,
      onInput,
      readOnly: options.readOnly,
      demand: options.demand,
    });
    fields.push(...block.production, block.materialOrder, block.expedite);
    parts[product.id] = block;
    element.append(block.element);
  });

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
    el(
      'fieldset',
      {
        className: 'sopf-product sopf-plant',
        attrs: options.coachMarks ? { 'data-coach': 'ops-overtime' } : {},
      },
      [
        el('legend', { className: 'sopf-legend', text: 'Plant hours this month' }),
        el('div', { className: 'sopf-plant-body' }, [
          overtime.element,
          el('div', { className: 'sopf-capacity' }, [capacityLine, meter, laterLine]),
        ]),
      ],
    ),
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
