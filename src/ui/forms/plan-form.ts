/** The shell both turn forms share: intro, error summary, the plan beside the bonus and the intelligence cards,
 * Suggest and Submit. The Sales and Operations forms supply only their fields, context and validation. */
import type { Result, Role } from '../../engine/types';
import { createBonusLine } from './context-panels';
import { el, listen, nameAttrs } from './dom';
import { createErrorSummary } from './error-summary';
import type { NumberField } from './number-field';
import type { RoleView } from './role-view';
import { createSignalPanel } from './signal-cards';
import type { FieldError } from './validate';

/** What a turn form needs from the app (the same for Sales and Operations, each with its own plan type). */
export interface PlanFormOptions<Plan, Draft> {
  view: RoleView;
  /** Prefill: last month's plan rolled forward. */
  initial: Plan;
  /** What was typed before a reload (the store's turn draft); it replaces the prefill. */
  draft?: Draft | null;
  /** Called with the typed values after every change (the store keeps them until the plan is submitted). */
  onDraftChange?(draft: Draft): void;
  /** When given, a Suggest button fills in these numbers (e.g. the planner bot's). */
  suggestion?: () => Plan;
  onShare(signalId: string): void;
  /** Called with a valid plan only; invalid numbers are refused in the form (warnings do not block). */
  onSubmit(plan: Plan): void;
  submitLabel?: string;
  /** Shows the plan without letting anyone change it (e.g. the bot's turn). */
  readOnly?: boolean;
  /** The id of the screen heading that names the form; without it the form is named by an aria-label. */
  labelledBy?: string;
}

/** A role's editable fields, as the shell drives them. */
export interface PlanFields<Plan, Draft> {
  element: HTMLElement;
  fields: NumberField[];
  readDraft(): Draft;
  fill(plan: Plan): void;
  destroy(): void;
}

/** What makes a turn form a Sales or an Operations form. */
export interface PlanFormParts<Plan, Draft> {
  role: Role;
  /** The form's name when no screen heading names it ("Sales: demand review, month 2 of 6"). */
  title: string;
  /** One or two sentences on what to decide, above the plan. */
  intro: string;
  /** The submit button's text when the app gives none. */
  defaultSubmitLabel: string;
  fields: PlanFields<Plan, Draft>;
  /** The plan column: the fields and the context they need, in order. */
  main: Node[];
  validate(draft: Draft): Result<Plan, FieldError[]>;
}

/** A mounted turn form. */
export interface PlanForm {
  element: HTMLFormElement;
  destroy(): void;
}

/** Builds a turn form. Enter submits; errors show next to each field and in a summary at the top. */
export function createPlanForm<Plan, Draft>(
  options: PlanFormOptions<Plan, Draft>,
  parts: PlanFormParts<Plan, Draft>,
): PlanForm {
  const { view, readOnly } = options;
  const { role, fields } = parts;
  const cleanups: (() => void)[] = [];
  const summary = createErrorSummary();
  const signals = createSignalPanel({
    role,
    scenario: view.scenario,
    signals: view.signals,
    sharedWithMe: view.sharedWithMe,
    sharedByMe: view.sharedByMe,
    onShare: options.onShare,
    readOnly,
  });
  const actions = el('div', { className: 'sopf-actions' });
  const draftChanged = () => options.onDraftChange?.(fields.readDraft());
  const { suggestion } = options;
  if (suggestion && !readOnly) {
    const suggest = el('button', { className: 'sopf-button', text: 'Suggest', attrs: { type: 'button' } });
    listen(
      suggest,
      'click',
      () => {
        fields.fill(suggestion());
        summary.clear(fields.fields);
        draftChanged();
      },
      cleanups,
    );
    actions.append(suggest);
  }
  if (!readOnly) {
    actions.append(
      el('button', {
        className: 'sopf-button sopf-button--primary',
        text: options.submitLabel ?? parts.defaultSubmitLabel,
        attrs: { type: 'submit', 'data-coach': `${role}-submit` },
      }),
    );
  }

  const form = el(
    'form',
    {
      className: `sopf sopf-${role}`,
      attrs: { novalidate: '', ...nameAttrs(options.labelledBy, parts.title) },
    },
    [
      el('p', { className: 'sopf-intro', text: parts.intro }),
      summary.element,
      el('div', { className: 'sopf-layout' }, [
        el('div', { className: 'sopf-main' }, parts.main),
        // What is the player's own: the bonus, then the private intelligence.
        el('aside', { className: 'sopf-aside' }, [
          createBonusLine(role, view.bonusCents, view.scenario),
          signals.element,
        ]),
      ]),
      actions,
    ],
  );

  if (!readOnly && options.onDraftChange) {
    listen(form, 'input', draftChanged, cleanups);
    listen(form, 'change', draftChanged, cleanups);
  }
  listen(
    form,
    'submit',
    (event) => {
      event.preventDefault();
      if (readOnly) return;
      const result = parts.validate(fields.readDraft());
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
