/** The Operations turn (supply review): production, materials, expedite, overtime with live checks, cards and bonus, as one <form>. */
import type { OpsPlan } from '../../engine/types';
import type { OpsDraft } from '../../store/turn-draft';
import { createDemandHistory, createStockLines } from './context-panels';
import { el, newIdPrefix } from './dom';
import { createOpsFields } from './ops-fields';
import { createPlanForm, type PlanForm, type PlanFormOptions } from './plan-form';
import { validateOpsDraft } from './validate';

/** What the Operations form needs from the app (a plan beyond capacity is allowed, with a warning). */
export type OpsFormOptions = PlanFormOptions<OpsPlan, OpsDraft>;

/** Builds the Operations form. Enter submits; errors show next to each field and in a summary at the top. */
export function createOpsForm(options: OpsFormOptions): PlanForm {
  const { view } = options;
  const { scenario } = view;
  const fields = createOpsFields({
    idPrefix: newIdPrefix('ops'),
    scenario,
    month: view.month,
    stock: view.stock,
    plan: options.initial,
    draft: options.draft,
    demand: view.salesPlan,
    readOnly: options.readOnly,
    coachMarks: !options.readOnly,
  });
  const lead = scenario.supplier.leadTimeMonths;
  return createPlanForm(options, {
    role: 'ops',
    title: `Operations: supply review, month ${view.month} of ${view.rounds}`,
    intro: `Plan production for this month and the next two against Sales' demand plan, order materials (they arrive after ${lead} month${lead === 1 ? '' : 's'}), and set overtime. The checks update as you type.`,
    defaultSubmitLabel: 'Submit supply plan',
    fields,
    main: [
      createStockLines(view.stock, scenario),
      fields.element,
      el('details', { className: 'sopf-details' }, [
        el('summary', { text: 'Demand history' }),
        createDemandHistory(view.history, scenario),
      ]),
    ],
    validate: (draft) => validateOpsDraft(draft, scenario),
  });
}
