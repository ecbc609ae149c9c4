/** The Sales plan's inputs per product (forecast ×3, promotion, deals) as a view of a typed draft. */

import { html, nothing, type TemplateResult } from 'lit-html';
import { monthsInGame } from '../../engine/game-end';
import type { Scenario } from '../../engine/scenario-types';
import { PROMOTION_LEVELS } from '../../engine/scenario-types';
import type { DealOffer, PromotionLevel } from '../../engine/types';
import { formatPercent } from '../../engine/words/formats';
import { horizonEndNote } from '../forms/consensus-words';
import { maxUnits, type PlanMonth, type SalesDraft } from '../forms/validate';
import { dealTerms } from '../present/deal-terms';
import type { FieldRefs } from './error-summary';
import { fieldName, idPart, numberField } from './number-field';
import { errorAt, type PlanEdit, typed } from './plan-edit';

/** What the Sales inputs draw. */
export interface SalesFieldsProps {
  idPrefix: string;
  scenario: Scenario;
  month: number;
  /** The game's length: no forecast is asked for after its last month. */
  rounds: number;
  edit: PlanEdit<SalesDraft>;
  /** Deals on the table (shown as checkboxes); omit in the consensus revision (the draft keeps the plan's). */
  deals?: DealOffer[];
  readOnly?: boolean;
  /** Marks the first product's forecast and promotion for the guided tour (data-coach); the Sales turn only. */
  coachMarks?: boolean;
  onEdit(edit: PlanEdit<SalesDraft>): void;
}

const PROMOTION_LABELS: Record<PromotionLevel, string> = {
  0: 'None',
  10: '10\u00a0% off',
  20: '20\u00a0% off',
};

function forecastProps(idPrefix: string, productId: string, productName: string, month: number, k: number) {
  return {
    id: `${idPrefix}-${idPart(productId)}-forecast-${k}`,
    path: `forecast.${productId}[${k}]`,
    hiddenLabel: `${productName} forecast, `,
    label: `month ${month + k}`,
  };
}

/** Where each Sales field is and its name, for the error summary. */
export function salesFieldRefs(idPrefix: string, scenario: Scenario, when: PlanMonth): FieldRefs {
  const refs: FieldRefs = new Map();
  const inGame = monthsInGame(when.month, when.rounds);
  for (const product of scenario.products) {
    for (let k = 0; k < inGame; k++) {
      const p = forecastProps(idPrefix, product.id, product.name, when.month, k);
      refs.set(p.path, { id: p.id, name: fieldName(p) });
    }
  }
  return refs;
}

/** Draws the per-product Sales inputs. */
export function salesFields(props: SalesFieldsProps): TemplateResult {
  const { scenario, month, idPrefix, edit, readOnly } = props;
  const { draft } = edit;
  const inGame = monthsInGame(month, props.rounds);
  const end = horizonEndNote(month, props.rounds);
  const set = (next: SalesDraft) => props.onEdit({ draft: next, errors: edit.errors });
  return html`${end ? html`<p class="sopf-note sopf-end-note">${end}</p>` : nothing}<div class="sopf-products">
    ${scenario.products.map((product, index) => {
      const coach = props.coachMarks === true && index === 0;
      const pid = `${idPrefix}-${idPart(product.id)}`;
      const max = maxUnits(scenario, product.id);
      const horizon = draft.forecast[product.id] ?? ['', '', ''];
      const lift = product.promotionLift;
      const deals = (props.deals ?? []).filter((d) => d.product === product.id);
      return html`<fieldset class="sopf-product">
        <legend class="sopf-legend">${product.name}</legend>
        <p class="sopf-row-title">Demand forecast (${product.unitName})</p>
        <div class="sopf-horizon" data-coach=${coach ? 'sales-forecast' : nothing}>
          ${Array.from({ length: inGame }, (_, k) => {
            const p = forecastProps(idPrefix, product.id, product.name, month, k);
            return numberField({
              ...p,
              value: horizon[k],
              readOnly,
              error: errorAt(edit.errors, p.path),
              onText: (text) => {
                const next = [...horizon] as typeof horizon;
                next[k] = text;
                props.onEdit(
                  typed(
                    edit,
                    { ...draft, forecast: { ...draft.forecast, [product.id]: next } },
                    p.path,
                    text,
                    max,
                  ),
                );
              },
            });
          })}
        </div>
        <fieldset class="sopf-radios" data-coach=${coach ? 'sales-promotion' : nothing}>
          <legend class="sopf-legend-small">
            <span class="sopf-sr">${product.name} </span>Promotion in month ${month}
          </legend>
          ${PROMOTION_LEVELS.map((level) => {
            const id = `${pid}-promo-${level}`;
            return html`<span class="sopf-radio"
              ><input
                type="radio"
                id=${id}
                name=${`${pid}-promo`}
                value=${String(level)}
                .checked=${(draft.promotion[product.id] ?? 0) === level}
                ?disabled=${readOnly === true}
                @change=${() => set({ ...draft, promotion: { ...draft.promotion, [product.id]: level } })}
              /><label for=${id}>${PROMOTION_LABELS[level]}</label></span
            >`;
          })}
          <p class="sopf-hint">
            Lifts demand about ${formatPercent(lift['10'])} (10&nbsp;% off) or ${formatPercent(lift['20'])}
            (20&nbsp;% off); some of it is pulled forward from next month.
          </p>
        </fieldset>
        ${
          deals.length === 0
            ? nothing
            : html`<div class="sopf-deals">
              ${deals.map((deal) => {
                const id = `${pid}-deal-${idPart(deal.id)}`;
                const accepted = draft.acceptDeals.includes(deal.id);
                const terms = dealTerms(deal, scenario);
                const choose = (on: boolean) => {
                  const others = draft.acceptDeals.filter((d) => d !== deal.id);
                  set({ ...draft, acceptDeals: on ? [...others, deal.id] : others });
                };
                return html`<fieldset class="sopf-radios sopf-deal">
                  <legend class="sopf-legend-small">Key-account deal: ${terms.heading}</legend>
                  <ul class="sopf-deal-terms">
                    ${terms.terms.map((t) => html`<li>${t}</li>`)}
                  </ul>
                  <span class="sopf-radio"
                    ><input
                      type="radio"
                      id=${`${id}-accept`}
                      name=${id}
                      .checked=${accepted}
                      ?disabled=${readOnly === true}
                      @change=${() => choose(true)}
                    /><label for=${`${id}-accept`}>${terms.acceptLabel}</label></span
                  >
                  <span class="sopf-radio"
                    ><input
                      type="radio"
                      id=${`${id}-decline`}
                      name=${id}
                      .checked=${!accepted}
                      ?disabled=${readOnly === true}
                      @change=${() => choose(false)}
                    /><label for=${`${id}-decline`}>${terms.declineLabel}</label></span
                  >
                </fieldset>`;
              })}
            </div>`
        }
      </fieldset>`;
    })}
  </div>`;
}
