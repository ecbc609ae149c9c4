/** The Sales turn (demand review): forecasts, promotions, deals, intelligence cards and the bonus, as one <form>. */
import type { SalesPlan } from '../../engine/types';
import { createBonusLine, createDemandHistory, createStockLines } from './context-panels';
import { el, listen, nameAttrs, newIdPrefix } from './dom';
import { createErrorSummary } from './error-summary';
import type { RoleView } from './role-view';
import { createSalesFields } from './sales-fields';
import { createSignalPanel } from './signal-cards';
import { validateSalesDraft } from './validate';

/** What the Sales form needs from the app. */
export interface SalesFormOptions {
  view: RoleView;
  /** Prefill: last month's plan rolled forward. */
  initial: SalesPlan;
  /** When given, a Suggest button fills in these numbers (e.g. the planner bot's). */
  suggestion?: () => SalesPlan;
  onShare(signalId: string): void;
  /** Called with a valid plan only; invalid numbers are refused in the form. */
  onSubmit(plan: SalesPlan): void;
  submitLabel?: string;
  /** Shows the plan without letting anyone change it (e.g. the bot's turn). */
  readOnly?: boolean;
  /** The id of the screen heading that names the form; without it the form is named by an aria-label. */
  labelledBy?: string;
}

/** Builds the Sales form. Enter submits; errors show next to each field and in a summary at the top. */
export function createSalesForm(options: SalesFormOptions): { element: HTMLElement; destroy(): void } {
  const { view } = options;
  const { scenario } = view;
  const prefix = newIdPrefix('sales');
  const cleanups: (() => void)[] = [];
  const fields = createSalesFields({
    idPrefix: prefix,
    scenario,
    month: view.month,
    plan: options.initial,
    deals: view.dealOffers,
    readOnly: options.readOnly,
    coachMarks: !options.readOnly,
  });
  const summary = createErrorSummary();
  const signals = createSignalPanel({
    role: 'sales',
    scenario,
    signals: view.signals,
    sharedWithMe: view.sharedWithMe,
    sharedByMe: view.sharedByMe,
    onShare: options.onShare,
    readOnly: options.readOnly,
  });
  const actions = el('div', { className: 'sopf-actions' });
  if (options.suggestion && !options.readOnly) {
    const suggest = el('button', { className: 'sopf-button', text: 'Suggest', attrs: { type: 'button' } });
    const suggestion = options.suggestion;
    listen(
      suggest,
      'click',
      () => {
        fields.fill(suggestion());
        summary.clear(fields.fields);
      },
      cleanups,
    );
    actions.append(suggest);
  }
  if (!options.readOnly) {
    actions.append(
      el('button', {
        className: 'sopf-button sopf-button--primary',
        text: options.submitLabel ?? 'Submit demand plan',
        attrs: { type: 'submit', 'data-coach': 'sales-submit' },
      }),
    );
  }

  const form = el(
    'form',
    {
      className: 'sopf sopf-sales',
      attrs: {
        novalidate: '',
        ...nameAttrs(options.labelledBy, `Sales: demand review, month ${view.month} of ${view.rounds}`),
      },
    },
    [
      el('header', { className: 'sopf-header' }, [
        el('p', {
          className: 'sopf-intro',
          text: 'Forecast demand for this month and the next two, choose a promotion for this month, and decide on any key-account deal. Operations will plan production from your forecast.',
        }),
        createBonusLine('sales', view.bonusCents, scenario),
      ]),
      summary.element,
      el('div', { className: 'sopf-layout' }, [
        el('div', { className: 'sopf-main' }, [
          createDemandHistory(view.history, scenario),
          createStockLines(view.stock, scenario),
          fields.element,
        ]),
        el('aside', { className: 'sopf-aside' }, [signals.element]),
      ]),
      actions,
    ],
  );

  listen(
    form,
    'submit',
    (event) => {
      event.preventDefault();
      if (options.readOnly) return;
      const result = validateSalesDraft(fields.readDraft(), scenario);
      if (!result.ok) {
        summary.show(result.error, fields.fields);
        summary.element.focus();
        return;
      }
      summary.clear(fields.fields);
      options.onSubmit(result.value);
    },
    cleanups,
  );

  return {
    element: form,
    destroy() {
      for (const cleanup of cleanups) cleanup();
      fields.destroy();
      summary.destroy();
      signals.destroy();
      form.remove();
    },
  };
}
