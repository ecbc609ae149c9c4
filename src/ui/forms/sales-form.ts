/** The Sales turn (demand review): forecasts, promotions, deals, intelligence cards and the bonus, as one <form>. */
import type { SalesPlan } from '../../engine/types';
import type { SalesDraft } from '../../store/turn-draft';
import { createDemandHistory, createStockLines } from './context-panels';
import { newIdPrefix } from './dom';
import { createPlanForm, type PlanForm, type PlanFormOptions } from './plan-form';
import { createSalesFields } from './sales-fields';
import { validateSalesDraft } from './validate';

/** What the Sales form needs from the app. */
export type SalesFormOptions = PlanFormOptions<SalesPlan, SalesDraft>;

/** Builds the Sales form. Enter submits; errors show next to each field and in a summary at the top. */
export function createSalesForm(options: SalesFormOptions): PlanForm {
  const { view } = options;
  const { scenario } = view;
  const fields = createSalesFields({
    idPrefix: newIdPrefix('sales'),
    scenario,
    month: view.month,
    plan: options.initial,
    draft: options.draft,
    deals: view.dealOffers,
    readOnly: options.readOnly,
    coachMarks: !options.readOnly,
  });
  return createPlanForm(options, {
    role: 'sales',
    title: `Sales: demand review, month ${view.month} of ${view.rounds}`,
    intro:
      'Forecast demand for this month and the next two, choose a promotion for this month, and decide on any key-account deal. Operations will plan production from your forecast.',
    defaultSubmitLabel: 'Submit demand plan',
    fields,
    main: [
      createDemandHistory(view.history, scenario),
      createStockLines(view.stock, scenario),
      fields.element,
    ],
    validate: (draft) => validateSalesDraft(draft, scenario),
  });
}
