/** The Sales plan's inputs per product (forecast ×3, promotion, deals), shared by the Sales form and the consensus revision. */
import type { Scenario } from '../../engine/scenario-types';
import { PROMOTION_LEVELS } from '../../engine/scenario-types';
import type { DealOffer, PromotionLevel, SalesPlan } from '../../engine/types';
import { el, idPart, listen, srOnly } from './dom';
import { formatPercent, formatUnits } from './format';
import { createNumberField, type NumberField } from './number-field';
import { maxUnits, type SalesDraft, salesDraftOf } from './validate';

/** How the Sales inputs are built. */
export interface SalesFieldsOptions {
  idPrefix: string;
  scenario: Scenario;
  month: number;
  plan: SalesPlan;
  /** Typed values to show instead of the plan's (a turn draft kept across a reload). */
  draft?: SalesDraft | null;
  /** Deals on the table (shown as checkboxes); omit in the consensus revision. */
  deals?: DealOffer[];
  readOnly?: boolean;
  /** Marks the first product's forecast and promotion for the guided tour (data-coach); the Sales turn only. */
  coachMarks?: boolean;
  /** Called after any change (typing, a radio, a checkbox). */
  onChange?(): void;
}

/** The mounted Sales inputs. */
export interface SalesFields {
  element: HTMLElement;
  fields: NumberField[];
  readDraft(): SalesDraft;
  /** Puts a whole plan into the inputs (Suggest). */
  fill(plan: SalesPlan): void;
  destroy(): void;
}

const PROMOTION_LABELS: Record<PromotionLevel, string> = { 0: 'None', 10: '10 % off', 20: '20 % off' };

/** One deal as a sentence: "Accept FreshMart's order of 240 kettles at 15 % off in month 3". */
export function dealText(deal: DealOffer, scenario: Scenario): string {
  const product = scenario.products.find((p) => p.id === deal.product);
  const units = formatUnits(deal.units, product?.unitName ?? 'units');
  return `Accept ${deal.customer}'s order of ${units} at ${formatPercent(deal.discount)} off in month ${deal.month}`;
}

/** Builds the per-product Sales inputs. */
export function createSalesFields(options: SalesFieldsOptions): SalesFields {
  const { scenario, month, idPrefix } = options;
  const cleanups: (() => void)[] = [];
  const fields: NumberField[] = [];
  const forecastInputs: Record<string, HTMLInputElement[]> = {};
  const radios: Record<string, HTMLInputElement[]> = {};
  const dealBoxes: { deal: DealOffer; box: HTMLInputElement }[] = [];
  const draft = options.draft ?? salesDraftOf(options.plan, scenario);
  const element = el('div', { className: 'sopf-products' });
  const changed = () => options.onChange?.();

  scenario.products.forEach((product, index) => {
    const coach = options.coachMarks && index === 0;
    const pid = `${idPrefix}-${idPart(product.id)}`;
    const row = el('div', { className: 'sopf-horizon' });
    if (coach) row.dataset.coach = 'sales-forecast';
    forecastInputs[product.id] = [];
    for (let k = 0; k < 3; k++) {
      const field = createNumberField({
        id: `${pid}-forecast-${k}`,
        path: `forecast.${product.id}[${k}]`,
        hiddenLabel: `${product.name} forecast, `,
        label: `month ${month + k}`,
        value: draft.forecast[product.id][k],
        max: maxUnits(scenario, product.id),
        readOnly: options.readOnly,
        onInput: changed,
      });
      fields.push(field);
      forecastInputs[product.id].push(field.input);
      row.append(field.element);
    }
    const lift = product.promotionLift;
    const promo = el(
      'fieldset',
      { className: 'sopf-radios', attrs: coach ? { 'data-coach': 'sales-promotion' } : {} },
      [
        el('legend', { className: 'sopf-legend-small' }, [
          srOnly(`${product.name} `),
          document.createTextNode(`Promotion in month ${month}`),
        ]),
      ],
    );
    radios[product.id] = [];
    for (const level of PROMOTION_LEVELS) {
      const id = `${pid}-promo-${level}`;
      const radio = el('input', { attrs: { type: 'radio', id, name: `${pid}-promo`, value: String(level) } });
      radio.checked = draft.promotion[product.id] === level;
      radio.disabled = Boolean(options.readOnly);
      listen(radio, 'change', changed, cleanups);
      radios[product.id].push(radio);
      promo.append(
        el('span', { className: 'sopf-radio' }, [
          radio,
          el('label', { text: PROMOTION_LABELS[level], attrs: { for: id } }),
        ]),
      );
    }
    promo.append(
      el('p', {
        className: 'sopf-hint',
        text: `Lifts demand about ${formatPercent(lift['10'])} (10 % off) or ${formatPercent(lift['20'])} (20 % off); some of it is pulled forward from next month.`,
      }),
    );
    const deals = (options.deals ?? []).filter((d) => d.product === product.id);
    const dealList =
      deals.length > 0
        ? el('fieldset', { className: 'sopf-deals' }, [
            el('legend', { className: 'sopf-legend-small', text: 'Key-account deals on the table' }),
          ])
        : null;
    for (const deal of deals) {
      const id = `${pid}-deal-${idPart(deal.id)}`;
      const box = el('input', { attrs: { type: 'checkbox', id } });
      box.checked = draft.acceptDeals.includes(deal.id);
      box.disabled = Boolean(options.readOnly);
      listen(box, 'change', changed, cleanups);
      dealBoxes.push({ deal, box });
      dealList?.append(
        el('div', { className: 'sopf-check' }, [
          box,
          el('label', { text: dealText(deal, scenario), attrs: { for: id } }),
        ]),
      );
    }
    element.append(
      el('fieldset', { className: 'sopf-product' }, [
        el('legend', { className: 'sopf-legend', text: product.name }),
        el('p', { className: 'sopf-row-title', text: `Demand forecast (${product.unitName})` }),
        row,
        promo,
        dealList,
      ]),
    );
  });

  return {
    element,
    fields,
    readDraft() {
      const result: SalesDraft = { forecast: {}, promotion: {}, acceptDeals: [] };
      for (const product of scenario.products) {
        const inputs = forecastInputs[product.id];
        result.forecast[product.id] = [inputs[0].value, inputs[1].value, inputs[2].value];
        const checked = radios[product.id].find((r) => r.checked);
        result.promotion[product.id] = (checked ? Number(checked.value) : 0) as PromotionLevel;
      }
      // Deals not shown here (the consensus revision) keep the plan's choice.
      const shown = new Set(dealBoxes.map((d) => d.deal.id));
      result.acceptDeals = options.plan.acceptDeals.filter((id) => !shown.has(id));
      for (const { deal, box } of dealBoxes) if (box.checked) result.acceptDeals.push(deal.id);
      return result;
    },
    fill(plan) {
      const next = salesDraftOf(plan, scenario);
      for (const product of scenario.products) {
        forecastInputs[product.id].forEach((input, k) => {
          input.value = next.forecast[product.id][k];
        });
        for (const radio of radios[product.id])
          radio.checked = Number(radio.value) === next.promotion[product.id];
      }
      for (const { deal, box } of dealBoxes) box.checked = next.acceptDeals.includes(deal.id);
      for (const field of fields) field.setError(null);
      changed();
    },
    destroy() {
      for (const cleanup of cleanups) cleanup();
      for (const field of fields) field.destroy();
    },
  };
}
