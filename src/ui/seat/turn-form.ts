/** The Sales and Operations turn forms as views of a seat: the role's view, the typed plan and callbacks. */

import { html, nothing, type TemplateResult } from 'lit-html';
import type { SeatBonuses } from '../../engine/debrief';
import { canOrderMaterials, horizonWords, monthsInGame, orderArrivalMonth } from '../../engine/game-end';
import type { OpsPlan, Result, Role, SalesPlan } from '../../engine/types';
import type { RoleView } from '../../engine/views';
import {
  type FieldError,
  type OpsDraft,
  opsDraftOf,
  type SalesDraft,
  salesDraftOf,
  validateOpsDraft,
  validateSalesDraft,
} from '../forms/validate';
import { salesIntro } from '../present/deal-terms';
import { bonusLine, demandHistory, stockLines } from './context';
import { errorSummary, type FieldRefs, focusSummary } from './error-summary';
import { intelPanel } from './intel';
import { opsFieldRefs, opsFields } from './ops-fields';
import { editOf, type PlanEdit } from './plan-edit';
import { salesFieldRefs, salesFields } from './sales-fields';

/** What a turn form shows. */
export interface TurnFormModel<Draft> {
  /** The engine's view of the seat's role this month. */
  view: RoleView;
  /** The plan as typed so far (start with salesTurnEdit / opsTurnEdit of the prefilled plan). */
  edit: PlanEdit<Draft>;
  submitLabel?: string;
  /** Shows the plan without letting anyone change it. */
  readOnly?: boolean;
  /** The id of the screen heading that names the form; without it the form is named by an aria-label. */
  labelledBy?: string;
  /** A prefix for the fields' ids (unique on the page). */
  idPrefix?: string;
  /** The bonuses of the player at the controls so far (engine seatBonuses); without them the role's total shows. */
  bonus?: SeatBonuses;
}

/** What a turn form reports. */
export interface TurnFormCallbacks<Plan, Draft> {
  /** Every keystroke, choice, Suggest and refused submit: redraw with this edit (synchronously, so focus can move). */
  onEdit(edit: PlanEdit<Draft>): void;
  /** Called with a valid plan only; invalid numbers are refused in the form (warnings do not block). */
  onSubmit(plan: Plan): void;
  onShare(signalId: string): void;
  /** When given, a Suggest button fills in these numbers (e.g. the planner bot's). */
  suggestion?: () => Plan;
}

/** The Sales form's first edit: a plan (e.g. last month's rolled forward) as text. */
export function salesTurnEdit(plan: SalesPlan, view: Pick<RoleView, 'scenario'>): PlanEdit<SalesDraft> {
  return editOf(salesDraftOf(plan, view.scenario));
}

/** The Operations form's first edit. */
export function opsTurnEdit(plan: OpsPlan, view: Pick<RoleView, 'scenario'>): PlanEdit<OpsDraft> {
  return editOf(opsDraftOf(plan, view.scenario));
}

interface Shell<Plan, Draft> {
  role: Role;
  title: string;
  intro: string;
  defaultSubmitLabel: string;
  refs: FieldRefs;
  main: unknown[];
  validate(draft: Draft): Result<Plan, FieldError[]>;
  draftOf(plan: Plan): Draft;
}

function planForm<Plan, Draft>(
  model: TurnFormModel<Draft>,
  cb: TurnFormCallbacks<Plan, Draft>,
  shell: Shell<Plan, Draft>,
): TemplateResult {
  const { view, readOnly, edit } = model;
  const { role } = shell;
  const { suggestion } = cb;
  const submit = (event: Event) => {
    event.preventDefault();
    if (readOnly) return;
    const result = shell.validate(edit.draft);
    if (!result.ok) {
      cb.onEdit({ draft: edit.draft, errors: result.error });
      focusSummary(event.target as HTMLFormElement);
      return;
    }
    if (edit.errors.length > 0) cb.onEdit({ draft: edit.draft, errors: [] });
    cb.onSubmit(result.value);
  };
  return html`<form
    class=${`sopf sopf-${role}`}
    novalidate
    aria-labelledby=${model.labelledBy ?? nothing}
    aria-label=${model.labelledBy ? nothing : shell.title}
    @submit=${submit}
  >
    <p class="sopf-intro">${shell.intro}</p>
    ${errorSummary(edit.errors, shell.refs)}
    <div class="sopf-layout">
      <div class="sopf-main">${shell.main}</div>
      <aside class="sopf-aside">
        ${bonusLine(role, view.bonusCents, view.scenario, model.bonus)}
        ${intelPanel({
          role,
          scenario: view.scenario,
          signals: view.signals,
          sharedWithMe: view.sharedWithMe,
          sharedByMe: view.sharedByMe,
          readOnly,
          onShare: cb.onShare,
        })}
      </aside>
    </div>
    <div class="sopf-actions">
      ${
        suggestion && !readOnly
          ? html`<button
            type="button"
            class="sopf-button"
            @click=${() => cb.onEdit(editOf(shell.draftOf(suggestion())))}
          >
            Suggest
          </button>`
          : nothing
      }
      ${
        readOnly
          ? nothing
          : html`<button type="submit" class="sopf-button sopf-button--primary" data-coach=${`${role}-submit`}>
            ${model.submitLabel ?? shell.defaultSubmitLabel}
          </button>`
      }
    </div>
  </form>`;
}

/** The Sales turn (demand review): forecasts, promotions, deals, intelligence cards and the bonus. */
export function salesTurnForm(
  model: TurnFormModel<SalesDraft>,
  cb: TurnFormCallbacks<SalesPlan, SalesDraft>,
): TemplateResult {
  const { view } = model;
  const { scenario } = view;
  const idPrefix = model.idPrefix ?? 'sopf-sales';
  const when = { month: view.month, rounds: view.rounds };
  return planForm(model, cb, {
    role: 'sales',
    title: `Sales: demand review, month ${view.month} of ${view.rounds}`,
    intro: salesIntro(view.dealOffers.length, monthsInGame(view.month, view.rounds)),
    defaultSubmitLabel: 'Submit demand plan',
    refs: salesFieldRefs(idPrefix, scenario, when),
    main: [
      demandHistory(view.history, scenario),
      stockLines(view.stock, scenario),
      salesFields({
        idPrefix,
        scenario,
        month: view.month,
        rounds: view.rounds,
        edit: model.edit,
        deals: view.dealOffers,
        readOnly: model.readOnly,
        coachMarks: !model.readOnly,
        onEdit: cb.onEdit,
      }),
    ],
    validate: (draft) => validateSalesDraft(draft, scenario, when),
    draftOf: (plan) => salesDraftOf(plan, scenario),
  });
}

/** The Operations turn (supply review): production, materials, expedite, overtime with live checks, cards and bonus. */
export function opsTurnForm(
  model: TurnFormModel<OpsDraft>,
  cb: TurnFormCallbacks<OpsPlan, OpsDraft>,
): TemplateResult {
  const { view } = model;
  const { scenario } = view;
  const idPrefix = model.idPrefix ?? 'sopf-ops';
  const when = { month: view.month, rounds: view.rounds };
  // An order arrives one month later at the earliest, whatever the lead time (the engine's orderArrivalMonth).
  const lead = orderArrivalMonth(scenario, view.month) - view.month;
  return planForm(model, cb, {
    role: 'ops',
    title: `Operations: supply review, month ${view.month} of ${view.rounds}`,
    intro: `Plan production for ${horizonWords(monthsInGame(view.month, view.rounds))} against Sales' demand plan, ${
      canOrderMaterials(scenario, view.month, view.rounds)
        ? `order materials (they arrive after ${lead} month${lead === 1 ? '' : 's'}), `
        : ''
    }and set overtime. The checks update as you type.`,
    defaultSubmitLabel: 'Submit supply plan',
    refs: opsFieldRefs(idPrefix, scenario, when),
    main: [
      stockLines(view.stock, scenario),
      opsFields({
        idPrefix,
        scenario,
        month: view.month,
        rounds: view.rounds,
        stock: view.stock,
        edit: model.edit,
        demand: view.salesPlan,
        readOnly: model.readOnly,
        coachMarks: !model.readOnly,
        onEdit: cb.onEdit,
      }),
      html`<details class="sopf-details">
        <summary>Demand history</summary>
        ${demandHistory(view.history, scenario)}
      </details>`,
    ],
    validate: (draft) => validateOpsDraft(draft, scenario, when),
    draftOf: (plan) => opsDraftOf(plan, scenario),
  });
}
