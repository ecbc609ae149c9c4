/** The Operations turn (supply review): production, materials, expedite, overtime with live checks, cards and bonus, as one <form>. */
import type { OpsPlan } from '../../engine/types';
import { createBonusLine, createDemandHistory, createStockLines } from './context-panels';
import { el, listen, nameAttrs, newIdPrefix } from './dom';
import { createErrorSummary } from './error-summary';
import { createOpsFields } from './ops-fields';
import type { RoleView } from './role-view';
import { createSignalPanel } from './signal-cards';
import { validateOpsDraft } from './validate';

/** What the Operations form needs from the app. */
export interface OpsFormOptions {
  view: RoleView;
  /** Prefill: last month's plan rolled forward. */
  initial: OpsPlan;
  /** When given, a Suggest button fills in these numbers (e.g. the planner bot's). */
  suggestion?: () => OpsPlan;
  onShare(signalId: string): void;
  /** Called with a valid plan only; a plan beyond capacity is allowed (with a warning). */
  onSubmit(plan: OpsPlan): void;
  submitLabel?: string;
  /** Shows the plan without letting anyone change it (e.g. the bot's turn). */
  readOnly?: boolean;
  /** The id of the screen heading that names the form; without it the form is named by an aria-label. */
  labelledBy?: string;
}

/** Builds the Operations form. Enter submits; errors show next to each field and in a summary at the top. */
export function createOpsForm(options: OpsFormOptions): { element: HTMLElement; destroy(): void } {
  const { view } = options;
  const { scenario } = view;
  const prefix = newIdPrefix('ops');
  const cleanups: (() => void)[] = [];
  const fields = createOpsFields({
    idPrefix: prefix,
    scenario,
    month: view.month,
    stock: view.stock,
    plan: options.initial,
    demand: view.salesPlan,
    readOnly: options.readOnly,
    coachMarks: !options.readOnly,
  });
  const summary = createErrorSummary();
  const signals = createSignalPanel({
    role: 'ops',
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
        text: options.submitLabel ?? 'Submit supply plan',
        attrs: { type: 'submit', 'data-coach': 'ops-submit' },
      }),
    );
  }

  const form = el(
    'form',
    {
      className: 'sopf sopf-ops',
      attrs: {
        novalidate: '',
        ...nameAttrs(options.labelledBy, `Operations: supply review, month ${view.month} of ${view.rounds}`),
      },
    },
    [
      el('header', { className: 'sopf-header' }, [
        el('p', {
          className: 'sopf-intro',
          text: `Plan production for this month and the next two against Sales' demand plan, order materials (they arrive after ${scenario.supplier.leadTimeMonths} month${scenario.supplier.leadTimeMonths === 1 ? '' : 's'}), and set overtime. The checks update as you type.`,
        }),
        createBonusLine('ops', view.bonusCents, scenario),
      ]),
      summary.element,
      el('div', { className: 'sopf-layout' }, [
        el('div', { className: 'sopf-main' }, [
          createStockLines(view.stock, scenario),
          fields.element,
          el('details', { className: 'sopf-details' }, [
            el('summary', { text: 'Demand history' }),
            createDemandHistory(view.history, scenario),
          ]),
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
      const result = validateOpsDraft(fields.readDraft(), scenario);
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
