/** The Operations plan's inputs as a view of a typed draft: per product, month by month (demand, production,
 * projected stock), then material order and expedite; the plant's overtime with the live capacity meter. */

import { html, nothing, type TemplateResult } from 'lit-html';
import { canOrderMaterials, gameEndWords, monthsInGame, orderArrivalMonth } from '../../engine/game-end';
import type { ProductSpec, Scenario } from '../../engine/scenario-types';
import type { ProductStock, SalesPlan } from '../../engine/types';
import { calendarMonth, formatCount, formatPercent } from '../../engine/words/formats';
import { horizonEndNote } from '../forms/consensus-words';
import { maxUnits, type OpsDraft, type PlanMonth } from '../forms/validate';
import type { FieldRefs } from './error-summary';
import { fieldName, idPart, numberField } from './number-field';
import { type OpsChecks, opsChecks } from './ops-checks';
import { errorAt, type PlanEdit, typed } from './plan-edit';

/** What the Operations inputs draw. */
export interface OpsFieldsProps {
  idPrefix: string;
  scenario: Scenario;
  month: number;
  /** The game's length: no production after its last month, no material order arriving after it. */
  rounds: number;
  stock: Record<string, ProductStock>;
  edit: PlanEdit<OpsDraft>;
  /** The demand plan shown beside production (null before Sales has submitted). */
  demand: SalesPlan | null;
  readOnly?: boolean;
  /** Marks the first product's fields and the plant hours for the guided tour (data-coach); the Operations turn only. */
  coachMarks?: boolean;
  onEdit(edit: PlanEdit<OpsDraft>): void;
}

type FieldText = { id: string; path: string; label: string; hiddenLabel?: string };

function productionText(pid: string, product: ProductSpec, month: number, k: number): FieldText {
  return {
    id: `${pid}-production-${k}`,
    path: `production.${product.id}[${k}]`,
    label: `${product.name} production, month ${month + k}`,
  };
}

function materialText(pid: string, product: ProductSpec, scenario: Scenario, month: number): FieldText {
  return {
    id: `${pid}-material`,
    path: `materialOrder.${product.id}`,
    hiddenLabel: `${product.name} `,
    label: `Material order (arrives month ${orderArrivalMonth(scenario, month)})`,
  };
}

/** Why no material order is asked for near the end: "The game ends after month 12: materials ordered now would
 * arrive in month 13, so no order is taken this month." Null while an order can still arrive in time. */
export function lateOrderNote(scenario: Scenario, when: PlanMonth): string | null {
  if (canOrderMaterials(scenario, when.month, when.rounds)) return null;
  return `${gameEndWords(when.rounds)}: materials ordered now would arrive in month ${orderArrivalMonth(scenario, when.month)}, so no order is taken this month.`;
}

function expediteText(pid: string, product: ProductSpec, scenario: Scenario): FieldText {
  return {
    id: `${pid}-expedite`,
    path: `expedite.${product.id}`,
    hiddenLabel: `${product.name} `,
    label: `Expedite (this month, +${formatPercent(scenario.supplier.expeditePremium)} cost)`,
  };
}

function overtimeText(idPrefix: string, scenario: Scenario, month: number): FieldText {
  return {
    id: `${idPrefix}-overtime`,
    path: 'overtimeHours',
    label: `Overtime hours, month ${month} (at most ${formatCount(scenario.plant.overtimeMaxHours)})`,
  };
}

/** Where each Operations field is and its name, for the error summary. */
export function opsFieldRefs(idPrefix: string, scenario: Scenario, when: PlanMonth): FieldRefs {
  const { month } = when;
  const refs: FieldRefs = new Map();
  const add = (t: FieldText) => refs.set(t.path, { id: t.id, name: fieldName(t) });
  const inGame = monthsInGame(month, when.rounds);
  const ordering = canOrderMaterials(scenario, month, when.rounds);
  for (const product of scenario.products) {
    const pid = `${idPrefix}-${idPart(product.id)}`;
    for (let k = 0; k < inGame; k++) add(productionText(pid, product, month, k));
    if (ordering) add(materialText(pid, product, scenario, month));
    add(expediteText(pid, product, scenario));
  }
  add(overtimeText(idPrefix, scenario, month));
  return refs;
}

/** Draws the Operations inputs with their live checks. */
export function opsFields(props: OpsFieldsProps): TemplateResult {
  const { scenario, month, idPrefix, edit } = props;
  const checks = opsChecks(edit.draft, {
    scenario,
    month,
    rounds: props.rounds,
    stock: props.stock,
    demand: props.demand,
  });
  const end = horizonEndNote(month, props.rounds);
  const late = lateOrderNote(scenario, { month, rounds: props.rounds });
  const field = (text: FieldText, value: string, max: number, write: (t: string) => OpsDraft, extra = {}) =>
    numberField({
      ...text,
      value,
      readOnly: props.readOnly,
      error: errorAt(edit.errors, text.path),
      onText: (t) => props.onEdit(typed(edit, write(t), text.path, t, max)),
      ...extra,
    });
  const overtime = overtimeText(idPrefix, scenario, month);
  const notes = [end, late].filter((n): n is string => n !== null);
  return html`${notes.map((n) => html`<p class="sopf-note sopf-end-note">${n}</p>`)}<div class="sopf-products">
    ${scenario.products.map((product, index) => productBlock(props, product, index, checks, field))}
    <fieldset class="sopf-product sopf-plant" data-coach=${props.coachMarks ? 'ops-overtime' : nothing}>
      <legend class="sopf-legend">Plant hours this month</legend>
      <div class="sopf-plant-body">
        ${field(
          overtime,
          edit.draft.overtimeHours,
          scenario.plant.overtimeMaxHours,
          (t) => ({ ...edit.draft, overtimeHours: t }),
          { suffix: 'h', warning: checks.overtimeWarning },
        )}
        <div class="sopf-capacity">
          <p class=${checks.capacityFits ? 'sopf-capacity-line' : 'sopf-capacity-line sopf-warning-text'}>
            ${checks.capacityLine}
          </p>
          <div class="sopf-meter" aria-hidden="true">
            <span class="sopf-meter-overtime" style=${`width:${checks.meter.availablePercent}%`}></span>
            <span
              class=${checks.capacityFits ? 'sopf-meter-fill' : 'sopf-meter-fill sopf-meter-fill--over'}
              style=${`width:${checks.meter.neededPercent}%`}
            ></span>
          </div>
          <p class="sopf-hint" ?hidden=${!checks.laterLine}>${checks.laterLine ?? ''}</p>
        </div>
      </div>
    </fieldset>
  </div>`;
}

type FieldDrawer = (
  text: FieldText,
  value: string,
  max: number,
  write: (t: string) => OpsDraft,
  extra?: object,
) => TemplateResult;

function productBlock(
  props: OpsFieldsProps,
  product: ProductSpec,
  index: number,
  checks: OpsChecks,
  field: FieldDrawer,
): TemplateResult {
  const { scenario, month, idPrefix, edit } = props;
  const { draft } = edit;
  const coach = props.coachMarks === true && index === 0;
  const pid = `${idPrefix}-${idPart(product.id)}`;
  const max = maxUnits(scenario, product.id);
  const horizon = draft.production[product.id] ?? ['', '', ''];
  const own = checks.products[product.id];
  const inGame = monthsInGame(month, props.rounds);
  const ordering = canOrderMaterials(scenario, month, props.rounds);
  return html`<fieldset class="sopf-product">
    <legend class="sopf-legend">${product.name}</legend>
    <div
      class="sopf-months"
      role="group"
      aria-label=${`${product.name} plan by month`}
      data-coach=${coach ? 'ops-production' : nothing}
    >
      ${Array.from({ length: inGame }, (_, k) => {
        const forecast = props.demand?.forecast[product.id]?.[k];
        const stock = own?.stock[k];
        return html`<div class="sopf-month">
          <p class="sopf-month-head" aria-hidden="true">
            Month ${month + k} (${calendarMonth(month + k, scenario.startMonth)})
          </p>
          <p class="sopf-month-line">
            <span class="sopf-month-label" aria-hidden="true">Demand plan (Sales)</span>
            <span class="sopf-grid-value"
              ><span class="sopf-sr">${product.name} demand plan, month ${month + k}: </span>${
                forecast === undefined ? 'not yet' : formatCount(forecast)
              }</span
            >
          </p>
          <div class="sopf-month-line sopf-month-input">
            <span class="sopf-month-label" aria-hidden="true">Production (${product.unitName})</span>
            ${field(
              productionText(pid, product, month, k),
              horizon[k],
              max,
              (t) => {
                const next = [...horizon] as typeof horizon;
                next[k] = t;
                return { ...draft, production: { ...draft.production, [product.id]: next } };
              },
              { labelHidden: true, warning: own?.production[k] ?? null },
            )}
          </div>
          ${
            stock
              ? html`<p class="sopf-month-line">
                <span class="sopf-month-label">Projected stock, end of month</span>
                <span class=${`sopf-grid-value sopf-gap--${stock.gap}`}
                  >${formatCount(stock.inventory)}${stock.gap === 'short' ? ' (short)' : ''}</span
                >
              </p>`
              : nothing
          }
        </div>`;
      })}
    </div>
    <div class="sopf-pair">
      ${
        ordering
          ? html`<div data-coach=${coach ? 'ops-materials' : nothing}>
            ${field(
              materialText(pid, product, scenario, month),
              draft.materialOrder[product.id] ?? '',
              max,
              (t) => ({ ...draft, materialOrder: { ...draft.materialOrder, [product.id]: t } }),
              { suffix: 'units' },
            )}
          </div>`
          : nothing
      }
      ${field(
        expediteText(pid, product, scenario),
        draft.expedite[product.id] ?? '',
        max,
        (t) => ({ ...draft, expedite: { ...draft.expedite, [product.id]: t } }),
        { suffix: 'units' },
      )}
    </div>
    <p class="sopf-hint">${own?.materialLine ?? ''}</p>
  </fieldset>`;
}
